package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.export.ExportRowsStore;
import jakarta.inject.Singleton;

/** Tenant exports' rows, leases and ZIPs, for the export jobs. */
@Singleton
class TenantExportStore extends ExportRowsStore {

    TenantExportStore(TenantExportRepository exports) {
        super("tenant export", exports);
    }
}
