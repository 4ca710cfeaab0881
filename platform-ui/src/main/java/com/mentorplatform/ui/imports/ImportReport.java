package com.mentorplatform.ui.imports;

import java.util.List;

/** An import with the problems the API kept (at most 10,000; {@code summary.problemCount} is the full count). */
record ImportReport(ImportSummary summary, List<ImportProblem> problems) {

    ImportReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
