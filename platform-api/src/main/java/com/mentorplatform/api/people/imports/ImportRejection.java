package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.problem.ProblemType;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The problem+json of a real run refused for problems in the file: an RFC 9457 problem with the
 * import report as an extension member, so the console can show the table without a second call.
 */
@Serdeable
record ImportRejection(String type, String title, int status, String detail, ImportReport report) {

    static ImportRejection of(ImportReport report) {
        ProblemType type = ProblemType.IMPORT_HAS_PROBLEMS;
        return new ImportRejection(type.uri(), type.title(), type.status().getCode(),
                report.summary().problemCount() + " problem(s); fix them and import again", report);
    }
}
