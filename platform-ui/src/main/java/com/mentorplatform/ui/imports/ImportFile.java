package com.mentorplatform.ui.imports;

/** A CSV file as the user uploaded it: its name (for the import log) and its bytes, untouched. */
record ImportFile(String name, byte[] content) {}
