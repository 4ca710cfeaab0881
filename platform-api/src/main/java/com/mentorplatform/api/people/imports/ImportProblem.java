package com.mentorplatform.api.people.imports;

import io.micronaut.serde.annotation.Serdeable;

/** One thing wrong with an import file: the line (1 is the header), the column name, and what is wrong. */
@Serdeable
record ImportProblem(int line, String column, String message) {
}
