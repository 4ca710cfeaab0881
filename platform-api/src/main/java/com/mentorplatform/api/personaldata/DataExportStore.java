package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.export.ExportRowsStore;
import jakarta.inject.Singleton;

/** Person exports' rows, leases and ZIPs, for the export jobs. */
@Singleton
class DataExportStore extends ExportRowsStore {

    DataExportStore(DataExportRepository exports) {
        super("data export", exports);
    }
}
