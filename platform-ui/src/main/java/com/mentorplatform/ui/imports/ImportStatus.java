package com.mentorplatform.ui.imports;

import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** How an import's state reads on screen, the same in the result panel and the list of recent imports. */
final class ImportStatus {

    private ImportStatus() {}

    static Span badge(ImportSummary summary) {
        Span badge = Badge.of(label(summary), tone(summary));
        badge.addClassName("import-status");
        return badge;
    }

    static String label(ImportSummary summary) {
        return switch (summary.status()) {
            case ImportSummary.RUNNING -> "Importing";
            case ImportSummary.DONE -> summary.dryRun() ? (summary.problemCount() == 0 ? "Ready to import"
                    : "Has problems") : "Imported";
            case "REJECTED" -> "Refused";
            case "FAILED" -> "Failed";
            default -> summary.status();
        };
    }

    /** What the run did, or for a dry run would do, in one line. */
    static String counts(ImportSummary summary) {
        String verbs = summary.dryRun() ? "Would create %d · update %d · leave %d unchanged"
                : "Created %d · updated %d · %d unchanged";
        return String.format(verbs, summary.created(), summary.updated(), summary.unchanged())
                + " · " + summary.problemCount() + (summary.problemCount() == 1 ? " problem" : " problems");
    }

    static String when(Instant instant) {
        return Dates.moment(instant);
    }

    private static Badge.Tone tone(ImportSummary summary) {
        if (summary.isRunning()) {
            return Badge.Tone.NEUTRAL;
        }
        boolean fine = ImportSummary.DONE.equals(summary.status()) && summary.problemCount() == 0;
        return fine ? Badge.Tone.SUCCESS : Badge.Tone.ERROR;
    }
}
