package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.problem.NulText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks one row passes on its own: required values, lengths, e-mails, dates, level, language, time zone. */
final class RowChecks {

    /** Deliberately plain: one @, no spaces, a dot in the domain; the HR system is the real authority. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
    static final int MIN_LEVEL = 1;
    static final int MAX_LEVEL = 20;

    private RowChecks() {
    }

    /** The row's e-mail as a lower-case key, or empty when it is missing or malformed. */
    static Optional<String> emailKey(ParsedFile.RawRow raw) {
        String email = raw.get(Column.EMAIL);
        return email != null && email.length() <= Column.EMAIL.maxLength && EMAIL.matcher(email).matches()
                ? Optional.of(email.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The row's values, or empty when any of them is wrong (each wrong value adds a problem). */
    static Optional<PersonRow> check(ParsedFile.RawRow raw, List<ImportProblem> problems) {
        int before = problems.size();
        Check check = new Check(raw, problems);
        String email = check.email(Column.EMAIL, true);
        String name = check.text(Column.DISPLAY_NAME, true);
        String department = check.text(Column.DEPARTMENT, false);
        String location = check.text(Column.LOCATION, false);
        String jobTitle = check.text(Column.JOB_TITLE, false);
        Integer level = check.level();
        String manager = check.email(Column.MANAGER_EMAIL, false);
        LocalDate hiredOn = check.date(Column.HIRED_ON);
        LocalDate leftOn = check.date(Column.LEFT_ON);
        String language = check.language();
        String timeZone = check.timeZone();
        if (hiredOn != null && leftOn != null && leftOn.isBefore(hiredOn)) {
            problems.add(new ImportProblem(raw.line(), Column.LEFT_ON.header, "is before hired_on"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PersonRow(raw.line(), email, name, department, location, jobTitle, level, manager,
                hiredOn, leftOn, language, timeZone));
    }

    private record Check(ParsedFile.RawRow raw, List<ImportProblem> problems) {

        String text(Column column, boolean required) {
            String value = raw.get(column);
            if (value == null) {
                if (required) {
                    problem(column, "is required");
                }
                return null;
            }
            if (NulText.in(value)) {
                problem(column, NulText.MESSAGE);
                return null;
            }
            if (value.length() > column.maxLength) {
                problem(column, "is longer than " + column.maxLength + " characters");
                return null;
            }
            return value;
        }

        String email(Column column, boolean required) {
            String value = text(column, required);
            if (value != null && !EMAIL.matcher(value).matches()) {
                problem(column, "is not an e-mail address");
                return null;
            }
            return value;
        }

        Integer level() {
            String value = text(Column.LEVEL, false);
            if (value == null) {
                return null;
            }
            try {
                int level = Integer.parseInt(value);
                if (level < MIN_LEVEL || level > MAX_LEVEL) {
                    problem(Column.LEVEL, "must be between " + MIN_LEVEL + " and " + MAX_LEVEL);
                    return null;
                }
                return level;
            } catch (NumberFormatException e) {
                problem(Column.LEVEL, "is not a whole number");
                return null;
            }
        }

        LocalDate date(Column column) {
            String value = text(column, false);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "is not a date in the form YYYY-MM-DD");
                return null;
            }
        }

        String language() {
            String value = text(Column.LANGUAGE, false);
            if (value != null && !LANGUAGE.matcher(value).matches()) {
                problem(Column.LANGUAGE, "is not a language tag such as en or de-CH");
                return null;
            }
            return value;
        }

        String timeZone() {
            String value = text(Column.TIME_ZONE, false);
            if (value == null) {
                return null;
            }
            try {
                ZoneId.of(value);
                return value;
            } catch (DateTimeException e) {
                problem(Column.TIME_ZONE, "is not a time zone such as Europe/Berlin");
                return null;
            }
        }

        void problem(Column column, String message) {
            problems.add(new ImportProblem(raw.line(), column.header, message));
        }
    }
}
