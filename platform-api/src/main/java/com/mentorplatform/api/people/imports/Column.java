package com.mentorplatform.api.people.imports;

import java.util.Locale;
import java.util.Optional;

/** The columns of the HR export, by header name; language and time zone may be left out of the file. */
enum Column {
    EMAIL("email", true, 254),
    DISPLAY_NAME("display_name", true, 200),
    DEPARTMENT("department", true, 120),
    LOCATION("location", true, 120),
    JOB_TITLE("job_title", true, 120),
    LEVEL("level", true, 10),
    MANAGER_EMAIL("manager_email", true, 254),
    HIRED_ON("hired_on", true, 10),
    LEFT_ON("left_on", true, 10),
    LANGUAGE("language", false, 35),
    TIME_ZONE("time_zone", false, 64);

    final String header;
    final boolean required;
    final int maxLength;

    Column(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    static Optional<Column> byHeader(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Column column : values()) {
            if (column.header.equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
