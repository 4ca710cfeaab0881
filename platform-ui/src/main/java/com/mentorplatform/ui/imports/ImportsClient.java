package com.mentorplatform.ui.imports;

import com.mentorplatform.client.model.ImportReport;
import com.mentorplatform.client.model.ImportSummary;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.api.ApiProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The people-import calls of the API, typed. */
final class ImportsClient {

    private static final String PATH = "/api/people/imports";
    private static final String CSV = "text/csv";

    private final ApiClient api;

    ImportsClient(ApiClient api) {
        this.api = api;
    }

    /** Checks the file and says what importing it would change; nothing is applied. */
    ImportReport dryRun(ImportFile file, LocalDate asOf) {
        return api.upload(startPath(true, asOf), file.content(), CSV, file.name(), ImportReport.class);
    }

    /**
     * Starts applying the file: a RUNNING import to poll, or (when the file has problems after all, e.g. the
     * directory changed since the dry run) the REJECTED report the API's refusal carries.
     */
    ImportReport apply(ImportFile file, LocalDate asOf) {
        try {
            return api.upload(startPath(false, asOf), file.content(), CSV, file.name(), ImportReport.class);
        } catch (ApiProblem problem) {
            return problem.member("report", ImportReport.class).orElseThrow(() -> problem);
        }
    }

    ImportReport report(UUID id) {
        return api.get(PATH + "/" + ApiPaths.encode(id.toString()), ImportReport.class);
    }

    /** The tenant's latest imports, newest first, without their problems. */
    List<ImportSummary> recent(int limit) {
        return api.getList(PATH + ApiPaths.query(Map.of("limit", String.valueOf(limit))), ImportSummary.class);
    }

    /** The import's problems as the API's CSV table (line, column, message). */
    byte[] problemsCsv(UUID id) {
        return api.download(PATH + "/" + ApiPaths.encode(id.toString()) + "/problems.csv");
    }

    private static String startPath(boolean dryRun, LocalDate asOf) {
        return PATH + ApiPaths.query(Map.of("dryRun", String.valueOf(dryRun),
                "asOf", asOf == null ? "" : asOf.toString()));
    }
}
