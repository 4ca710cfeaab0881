package com.mentorplatform.api.roadmaps.history;

import com.mentorplatform.api.roadmaps.ReadableDates;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One readable line for a roadmap change, written when the timeline is read from the change's subject,
 * action and the fields it changed ("Moved due date of 'Lead the Q3 planning' from 1 May 2027 to
 * 15 Jun 2027"). Changes only ever keep the fields that changed, plus the name of the thing changed.
 */
final class ChangeSummary {

    private static final int SHORT = 100;
    private static final Map<String, String> FIELD_NAMES = Map.of("competencyIds", "competencies",
            "calendarEventId", "calendar event", "milestoneId", "milestone", "successMetric", "success metric");
    private static final Map<String, String[]> MEASURES = Map.of(
            "EXPERIMENTS_CLOSED", new String[] {"experiment closed", "experiments closed"},
            "MILESTONES_REACHED", new String[] {"milestone reached", "milestones reached"},
            "CHECK_INS_HELD", new String[] {"check-in held", "check-ins held"},
            "JOURNAL_ENTRIES", new String[] {"journal entry", "journal entries"});

    private ChangeSummary() {
    }

    static String of(String subject, String action, @Nullable JsonNode before, @Nullable JsonNode after) {
        return switch (subject) {
            case "ROADMAP" -> "CREATED".equals(action) ? "Started the roadmap: " + shorten(text(after, "aspiration"))
                    : "Archived the roadmap; a new one replaced it";
            case "VISION" -> vision(before, after);
            case "PACE" -> "AGREED".equals(action) ? "Agreed to the pace as " + lower(text(after, "side")) : pace(before, after);
            case "COMPETENCY" -> ratings(before, after);
            case "MILESTONE" -> milestone(action, before, after);
            case "EXPERIMENT" -> experiment(action, before, after);
            case "REVIEW" -> "Review of " + day(after, "reviewedOn") + ": " + shorten(text(after, "summary"));
            default -> subject + " " + action;
        };
    }

    private static String vision(@Nullable JsonNode before, @Nullable JsonNode after) {
        List<String> parts = new ArrayList<>();
        for (String field : changedFields(before, after)) {
            switch (field) {
                case "horizonMonths" -> parts.add("changed the horizon from " + text(before, field) + " to "
                        + text(after, field) + " months");
                case "targetRoleName" -> parts.add(moved("the target role", text(before, field), text(after, field)));
                case "aspiration" -> parts.add("rewrote the aspiration");
                case "whyItMatters" -> parts.add("rewrote why it matters");
                case "successLooksLike" -> parts.add("rewrote what success looks like");
                default -> { }
            }
        }
        return sentence(parts, "Changed the vision");
    }

    private static String pace(@Nullable JsonNode before, @Nullable JsonNode after) {
        if (before == null) {
            String minimum = text(after, "minimum");
            String[] words = MEASURES.getOrDefault(text(after, "measure"), new String[] {"", ""});
            return "Set the pace to at least " + minimum + " " + words["1".equals(minimum) ? 0 : 1] + " every "
                    + text(after, "periodDays") + " days";
        }
        List<String> parts = new ArrayList<>();
        for (String field : changedFields(before, after)) {
            parts.add("statement".equals(field) ? "reworded the pace"
                    : "changed the pace's " + words(field) + " from " + lower(text(before, field)) + " to "
                    + lower(text(after, field)));
        }
        return sentence(parts, "Changed the pace");
    }

    private static String ratings(@Nullable JsonNode before, @Nullable JsonNode after) {
        List<String> parts = new ArrayList<>();
        if (after != null) {
            after.entries().forEach(e -> {
                String was = text(before, e.getKey());
                parts.add(e.getKey() + " " + e.getValue().coerceStringValue() + (was == null ? "" : " (was " + was + ")"));
            });
        }
        return "Mentor rated " + String.join(", ", parts);
    }

    private static String milestone(String action, @Nullable JsonNode before, @Nullable JsonNode after) {
        String title = quoted(text(after, "title"));
        return switch (action) {
            case "CREATED" -> "Added milestone " + title + " due " + day(after, "dueOn");
            case "UPDATED" -> edited("milestone", "title", "due date", "dueOn", before, after);
            case "STARTED" -> "Started " + title;
            case "REPLANNED" -> "Moved " + title + " back to planned";
            case "REACHED" -> "Reached " + title + ": " + shorten(text(after, "note"));
            case "DROPPED" -> "Dropped " + title + ": " + shorten(text(after, "note"));
            case "ENDORSED" -> "Endorsed " + title + withComment(after);
            case "SENT_BACK" -> "Sent " + title + " back" + withComment(after);
            default -> action + " " + title;
        };
    }

    private static String experiment(String action, @Nullable JsonNode before, @Nullable JsonNode after) {
        String objective = quoted(text(after, "objective"));
        return switch (action) {
            case "CREATED" -> "Added experiment " + objective + " from " + day(after, "startsOn") + " to "
                    + day(after, "endsOn");
            case "UPDATED" -> edited("experiment", "objective", "end", "endsOn", before, after);
            case "STARTED" -> "Started experiment " + objective;
            case "POSTPONED" -> "Put experiment " + objective + " back to planned";
            case "DONE" -> "Closed experiment " + objective + " as done: " + shorten(text(after, "result"));
            case "ABANDONED" -> "Abandoned experiment " + objective + ": " + shorten(text(after, "result"));
            default -> action + " " + objective;
        };
    }

    /** An edit: a rename, a moved date (the one named, and a start), and the other fields changed. */
    private static String edited(String thing, String label, String dateName, String dateField,
                                 @Nullable JsonNode before, @Nullable JsonNode after) {
        String name = quoted(text(after, label));
        List<String> parts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String field : changedFields(before, after)) {
            if (field.equals(label)) {
                parts.add("renamed " + thing + " " + quoted(text(before, label)) + " to " + name);
            } else if (field.equals(dateField) || "startsOn".equals(field)) {
                String which = field.equals(dateField) ? dateName : "start";
                parts.add("moved " + which + " of " + name + " from " + day(before, field)
                        + " to " + day(after, field));
            } else {
                others.add(words(field));
            }
        }
        if (!others.isEmpty()) {
            parts.add("changed the " + String.join(", ", others) + " of " + name);
        }
        return sentence(parts, "Changed " + thing + " " + name);
    }

    /** The fields present before or after whose values differ (a missing field counts as empty). */
    private static Set<String> changedFields(@Nullable JsonNode before, @Nullable JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] {before, after}) {
            if (node != null && node.isObject()) {
                node.entries().forEach(e -> fields.add(e.getKey()));
            }
        }
        fields.removeIf(f -> Objects.equals(field(before, f), field(after, f)));
        return fields;
    }

    private static String moved(String what, @Nullable String from, @Nullable String to) {
        if (from == null) {
            return "set " + what + " to " + to;
        }
        return to == null ? "removed " + what + " " + from : "changed " + what + " from " + from + " to " + to;
    }

    private static String withComment(@Nullable JsonNode after) {
        String comment = text(after, "comment");
        return comment == null ? "" : ": " + shorten(comment);
    }

    private static String sentence(List<String> parts, String otherwise) {
        if (parts.isEmpty()) {
            return otherwise;
        }
        String joined = String.join("; ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** "expectedOutcomes" as "expected outcomes", with a few fields named as users know them. */
    private static String words(String field) {
        return FIELD_NAMES.getOrDefault(field, field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT));
    }

    @Nullable
    private static JsonNode field(@Nullable JsonNode node, String field) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    @Nullable
    private static String text(@Nullable JsonNode node, String field) {
        JsonNode value = field(node, field);
        return value == null || !value.isValueNode() ? null : value.coerceStringValue();
    }

    /** A date field as "15 Jun 2027"; a value that is not a date is kept as it is. */
    @Nullable
    private static String day(@Nullable JsonNode node, String field) {
        String text = text(node, field);
        try {
            return text == null ? null : ReadableDates.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    private static String quoted(@Nullable String text) {
        return "'" + shorten(text) + "'";
    }

    private static String lower(@Nullable String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String shorten(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHORT ? line : line.substring(0, SHORT - 1) + "…";
    }
}
