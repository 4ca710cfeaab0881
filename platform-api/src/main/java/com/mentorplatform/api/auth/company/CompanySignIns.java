package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.auth.ProvenSignIns;
import com.mentorplatform.api.auth.TokenResponse;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.SecretSealer;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.TenantTokens;
import com.mentorplatform.api.tenancy.Tenants;
import com.mentorplatform.api.text.Urls;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.oauth2.client.OpenIdClient;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's company sign-in: its settings (tenant admins), what the login page offers, the OpenID client of a
 * tenant, and the single-use hand-off of a signed-in person to the console.
 */
@Singleton
class CompanySignIns {

    private static final Duration HANDOFF_LIFETIME = Duration.ofMinutes(2);

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final CompanySignInRepository repository;
    private final TenantProviders providers;
    private final TenantOpenIdClients clients;
    private final SecretSealer sealer;
    private final ProvenSignIns signIns;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicApiUrl;

    CompanySignIns(Tenants tenants, TenantScope tenantScope, CompanySignInRepository repository,
                   TenantProviders providers, TenantOpenIdClients clients, SecretSealer sealer, ProvenSignIns signIns, AuditLog audit, Clock clock,
                   @Value("${platform.public-api.url:`http://localhost:8080`}") String publicApiUrl) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.repository = repository;
        this.providers = providers;
        this.clients = clients;
        this.sealer = sealer;
        this.signIns = signIns;
        this.audit = audit;
        this.clock = clock;
        this.publicApiUrl = Urls.withoutTrailingSlash(publicApiUrl);
    }

    CompanySignInSettings settings(Caller caller) {
        Tenant tenant = tenantOf(caller);
        return tenantScope.read(tenant.id(), () -> repository.find(tenant.id()))
                .map(p -> new CompanySignInSettings(true, p.issuer(), p.clientId(), true, p.emailDomains(),
                        p.passwordLogin(), redirectUri(tenant.slug())))
                .orElseGet(() -> new CompanySignInSettings(false, null, null, false, List.of(), tenant.passwordLogin(),
                        redirectUri(tenant.slug())));
    }

    /**
     * Keeps the provider after asking it for its configuration, so a wrong issuer is the admin's 400 now rather
     * than every employee's failed sign-in later.
     */
    CompanySignInSettings save(Caller caller, CompanySignInUpdate update) {
        Tenant tenant = tenantOf(caller);
        List<String> domains = update.emailDomains().stream().map(d -> d.trim().toLowerCase(Locale.ROOT))
                .distinct().toList();
        for (String domain : domains) {
            repository.slugForDomain(domain).filter(slug -> !slug.equals(tenant.slug())).ifPresent(other -> {
                throw ProblemType.EMAIL_DOMAIN_TAKEN.exception(
                        domain + " already leads to another organisation; ask the platform operator");
            });
        }
        try {
            clients.discover(tenant.slug(), TenantOpenIdClients.issuerUrl(update.issuer().trim()));
        } catch (TenantOpenIdClients.ProviderUnusable e) {
            throw ProblemException.invalidField("issuer", e.getMessage());
        }
        tenantScope.write(tenant.id(), () -> {
            Optional<CompanyProvider> before = repository.find(tenant.id());
            byte[] secret = update.clientSecret() != null ? sealer.seal(update.clientSecret())
                    : before.map(CompanyProvider::clientSecretSealed).orElseThrow(() ->
                            ProblemException.invalidField("clientSecret", "is required the first time"));
            repository.save(tenant.id(), update.issuer().trim(), update.clientId().trim(), secret, caller.personId());
            repository.updateTenant(tenant.id(), update.passwordLogin(), domains.toArray(String[]::new));
            audit.record(caller, "tenant.company-sign-in-changed", "tenant", tenant.id(),
                    before.map(p -> Map.<String, Object>of("issuer", p.issuer(), "clientId", p.clientId(),
                            "emailDomains", p.emailDomains(), "passwordLogin", p.passwordLogin())).orElse(null),
                    Map.of("issuer", update.issuer().trim(), "clientId", update.clientId().trim(),
                            "emailDomains", domains, "passwordLogin", update.passwordLogin(),
                            "clientSecretChanged", update.clientSecret() != null));
            return null;
        });
        return settings(caller);
    }

    /** Removes the provider; password login comes back on, or nobody could sign in. */
    void remove(Caller caller) {
        Tenant tenant = tenantOf(caller);
        tenantScope.write(tenant.id(), () -> {
            repository.find(tenant.id()).ifPresent(p -> {
                repository.delete(tenant.id());
                repository.updateTenant(tenant.id(), true, new String[0]);
                audit.record(caller, "tenant.company-sign-in-removed", "tenant",
                        tenant.id(), Map.of("issuer", p.issuer(), "clientId", p.clientId()), null);
            });
            return null;
        });
    }

    SignInOptions options(@Nullable String tenantSlug, @Nullable String email) {
        Optional<String> slug = Optional.ofNullable(tenantSlug).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .or(() -> Optional.ofNullable(email).filter(e -> e.contains("@"))
                        .flatMap(e -> repository.slugForDomain(e.substring(e.lastIndexOf('@') + 1).trim()
                                .toLowerCase(Locale.ROOT))));
        Optional<Tenant> tenant = slug.flatMap(tenants::findBySlug).filter(Tenant::active);
        boolean company = tenant.flatMap(providers::of).isPresent();
        return new SignInOptions(slug.orElse(null), tenant.map(Tenant::passwordLogin).orElse(true), company,
                company ? "/oauth/login/" + tenant.get().slug() : null);
    }

    Optional<CompanyProvider> provider(String slug) {
        return providers.of(slug);
    }

    /** The tenant's OpenID client; a provider that no longer answers is {@link TenantOpenIdClients.ProviderUnusable}. */
    OpenIdClient client(CompanyProvider provider) {
        return clients.clientFor(provider, sealer.open(provider.clientSecretSealed()));
    }

    String handOff(UUID tenantId, UUID personId) {
        TenantTokens.Minted code = TenantTokens.mint(tenantId);
        tenantScope.write(tenantId, () -> {
            repository.insertHandoff(tenantId, code.hash(), personId, clock.instant().plus(HANDOFF_LIFETIME));
            return null;
        });
        return code.token();
    }

    TokenResponse exchange(String code) {
        TenantTokens.Parsed parsed = TenantTokens.parse(code)
                .filter(p -> tenants.findById(p.tenantId()).filter(Tenant::active).isPresent())
                .orElseThrow(CompanySignIns::badHandoff);
        return tenantScope.write(parsed.tenantId(), () -> repository.spendHandoff(parsed.tenantId(), parsed.hash()).stream().findFirst()
                        .flatMap(person -> signIns.issueTokens(parsed.tenantId(), person)))
                .orElseThrow(CompanySignIns::badHandoff);
    }

    private static ProblemException badHandoff() {
        return ProblemType.BAD_HANDOFF_CODE.exception();
    }

    private Tenant tenantOf(Caller caller) {
        return tenants.findById(caller.tenantId()).orElseThrow(() -> ProblemException.notFound("Tenant"));
    }

    private String redirectUri(String slug) {
        return publicApiUrl + "/oauth/callback/" + slug;
    }
}
