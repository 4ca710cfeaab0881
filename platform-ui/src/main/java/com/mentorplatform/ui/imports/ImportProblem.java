package com.mentorplatform.ui.imports;

/** One thing wrong with an import file: the line (1 is the header), the column, and what is wrong. */
record ImportProblem(int line, String column, String message) {}
