package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.oauth2.endpoint.authorization.state.InvalidStateException;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.authorization.state.persistence.StatePersistence;
import io.micronaut.security.oauth2.endpoint.authorization.state.validation.DefaultStateValidator;
import io.micronaut.security.oauth2.endpoint.authorization.state.validation.StateValidator;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * The framework's state check (the state that comes back equals the one this browser was given), plus one rule:
 * a state counts once. The framework keeps the state in a cookie, so a callback replayed with the same cookie
 * would pass its check; here the state is spent in the tenant's table on first use, on whichever replica.
 */
@Singleton
@Replaces(DefaultStateValidator.class)
class SingleUseStateValidator implements StateValidator {

    /** The request attribute the callback route puts the tenant's id in before the framework handles it. */
    static final String TENANT = "platform.company-sign-in.tenant";

    private final DefaultStateValidator framework;
    private final TenantScope tenantScope;
    private final CompanySignInRepository repository;

    SingleUseStateValidator(StatePersistence statePersistence, TenantScope tenantScope,
                            CompanySignInRepository repository) {
        this.framework = new DefaultStateValidator(statePersistence);
        this.tenantScope = tenantScope;
        this.repository = repository;
    }

    @Override
    public void validate(HttpRequest<?> request, @Nullable State state) throws InvalidStateException {
        framework.validate(request, state);
        UUID tenantId = request.getAttribute(TENANT, UUID.class)
                .orElseThrow(() -> new InvalidStateException("No tenant for this callback"));
        int spent = tenantScope.write(tenantId, () -> repository.spendState(tenantId, state.getNonce()));
        if (spent == 0) {
            throw new InvalidStateException("This sign-in was already used");
        }
    }
}
