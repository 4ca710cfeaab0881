package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.ui.api.ApiClient;
import java.util.List;

/** The platform operator's tenants at {@code /api/operator/tenants}, read as the contract's {@link Tenant}. */
final class TenantsClient {

    private static final String TENANTS = "/api/operator/tenants";

    private final ApiClient api;

    TenantsClient(ApiClient api) {
        this.api = api;
    }

    List<Tenant> all() {
        return api.getList(TENANTS, Tenant.class);
    }

    /** Creates the tenant with its first admin; the body stays {@link NewTenant}, which never prints the password. */
    Tenant create(NewTenant tenant) {
        return api.send("POST", TENANTS, tenant, Tenant.class);
    }
}
