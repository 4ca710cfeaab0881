package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.auth.ProvenSignIns;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Turns a verified ID token into a platform person: the provider must vouch for the e-mail
 * ({@code email_verified}), its domain must be one of the tenant's, and a person of that tenant (and only that
 * tenant) must have it ({@link ProvenSignIns}). The roles are the platform's own, never the provider's.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class CompanyAccountMapper implements OpenIdAuthenticationMapper {

    static final String TENANT_ID = "tenantId";

    private final TenantProviders providers;
    private final ProvenSignIns signIns;
    private final TenantScope tenantScope;
    private final ExecutorService blocking;

    CompanyAccountMapper(TenantProviders providers, ProvenSignIns signIns, TenantScope tenantScope,
                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.providers = providers;
        this.signIns = signIns;
        this.tenantScope = tenantScope;
        this.blocking = blocking;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String slug, OpenIdTokenResponse tokenResponse,
                                                                          OpenIdClaims claims, @Nullable State state) {
        // Called as the token endpoint's answer arrives, on an event loop: the database work goes elsewhere.
        return Mono.fromCallable(() -> map(slug, claims)).subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    private AuthenticationResponse map(String slug, OpenIdClaims claims) {
        CompanyProvider provider = providers.of(slug).orElse(null);
        if (provider == null) {
            return refused(SignInRefusal.NOT_CONFIGURED);
        }
        String email = claims.getEmail() == null ? "" : claims.getEmail().trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || !Boolean.TRUE.equals(claims.isEmailVerified())) {
            return refused(SignInRefusal.UNVERIFIED_EMAIL);
        }
        String domain = email.substring(email.lastIndexOf('@') + 1);
        if (!provider.emailDomains().contains(domain)) {
            return refused(SignInRefusal.FOREIGN_DOMAIN);
        }
        ProvenSignIns.Outcome outcome = tenantScope.write(provider.tenantId(),
                () -> signIns.signIn(provider.tenantId(), email));
        if (outcome instanceof ProvenSignIns.SignedIn in) {
            return AuthenticationResponse.success(in.personId().toString(),
                    in.roles().stream().map(Role::name).collect(Collectors.toList()),
                    Map.of(TENANT_ID, provider.tenantId().toString()));
        }
        return refused(((ProvenSignIns.Refused) outcome).why() == ProvenSignIns.Refusal.NOT_IN_A_PROGRAMME
                ? SignInRefusal.NOT_IN_A_PROGRAMME : SignInRefusal.NO_ACCOUNT);
    }

    private static AuthenticationResponse refused(SignInRefusal refusal) {
        return AuthenticationResponse.failure(refusal.code());
    }
}
