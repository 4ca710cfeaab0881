package com.mentorplatform.api.people.imports;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An import with its problems, ordered by line. At most {@link PeopleImports#MAX_PROBLEMS_KEPT}
 * problems are kept; {@code summary.problemCount} is the full count.
 */
@Serdeable
record ImportReport(ImportSummary summary, List<ImportProblem> problems) {
}
