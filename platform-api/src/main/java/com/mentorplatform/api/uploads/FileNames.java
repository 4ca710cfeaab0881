package com.mentorplatform.api.uploads;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The uploaded file's name from {@code Content-Disposition: attachment; filename="people.csv"}, if sent. */
public final class FileNames {

    private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The name without any directory part, at most 255 characters; null when none was given. */
    public static @Nullable String of(@Nullable String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher matcher = FILENAME.matcher(disposition);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
