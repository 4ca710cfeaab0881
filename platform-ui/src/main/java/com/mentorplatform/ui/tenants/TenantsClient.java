package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.ScheduleDeletionRequest;
import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.client.model.TenantExportResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.kit.BackgroundExport;
import java.util.List;
import java.util.Map;

/**
 * The platform operator's tenants at {@code /api/operator/tenants}, a tenant's export ({@code .../{id}/exports}) and
 * its deletion ({@code .../{id}/deletion}), read as the contract's models.
 */
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

    /** An export of all of the tenant's data. */
    BackgroundExport.Source exportOf(String tenantId) {
        String exports = tenant(tenantId) + "/exports";
        return new BackgroundExport.Source() {
            @Override
            public BackgroundExport.Progress request() {
                return progressOf(api.send("POST", exports, Map.of(), TenantExportResponse.class));
            }

            @Override
            public BackgroundExport.Progress progress(String id) {
                return progressOf(api.get(exports + "/" + ApiPaths.encode(id), TenantExportResponse.class));
            }

            @Override
            public byte[] file(String id) {
                return api.download(exports + "/" + ApiPaths.encode(id) + "/file");
            }
        };
    }

    /** Schedules the tenant's deletion; {@code confirmation} is its slug, typed again. */
    Tenant scheduleDeletion(String tenantId, String confirmation) {
        return api.send("POST", tenant(tenantId) + "/deletion",
                new ScheduleDeletionRequest().confirmation(confirmation), Tenant.class);
    }

    Tenant cancelDeletion(String tenantId) {
        return api.send("DELETE", tenant(tenantId) + "/deletion", null, Tenant.class);
    }

    private static BackgroundExport.Progress progressOf(TenantExportResponse export) {
        return new BackgroundExport.Progress(export.getId().toString(), export.getStatus(), export.getFailure());
    }

    private static String tenant(String id) {
        return TENANTS + "/" + ApiPaths.encode(id);
    }
}
