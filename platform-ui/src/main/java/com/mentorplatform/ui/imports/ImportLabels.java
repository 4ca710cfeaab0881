package com.mentorplatform.ui.imports;

import com.mentorplatform.client.model.ImportStatus;
import com.mentorplatform.client.model.ImportSummary;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;

/** How an import's state reads on screen, the same in the result panel and the list of recent imports. */
final class ImportLabels {

    private ImportLabels() {}

    static boolean isRunning(ImportSummary summary) {
        return summary.getStatus() == ImportStatus.RUNNING;
    }

    /** A finished dry run without problems: the file may be applied as it is. */
    static boolean isCleanDryRun(ImportSummary summary) {
        return summary.getDryRun() && summary.getStatus() == ImportStatus.DONE && summary.getProblemCount() == 0;
    }

    /** How far a running import is, from 0 to 1. */
    static double progress(ImportSummary summary) {
        int total = summary.getTotalRows();
        return total == 0 ? 0 : Math.min(1.0, (double) summary.getProcessedRows() / total);
    }

    static Span badge(ImportSummary summary) {
        Span badge = Badge.of(label(summary), tone(summary));
        badge.addClassName("import-status");
        return badge;
    }

    static String label(ImportSummary summary) {
        return switch (summary.getStatus()) {
            case RUNNING -> "Importing";
            case DONE -> summary.getDryRun() ? (summary.getProblemCount() == 0 ? "Ready to import"
                    : "Has problems") : "Imported";
            case REJECTED -> "Refused";
            case FAILED -> "Failed";
        };
    }

    /** What the run did, or for a dry run would do, in one line. */
    static String counts(ImportSummary summary) {
        String verbs = summary.getDryRun() ? "Would create %d · update %d · leave %d unchanged"
                : "Created %d · updated %d · %d unchanged";
        return String.format(verbs, summary.getCreated(), summary.getUpdated(), summary.getUnchanged())
                + " · " + summary.getProblemCount() + (summary.getProblemCount() == 1 ? " problem" : " problems");
    }

    static String when(OffsetDateTime instant) {
        return Dates.moment(instant);
    }

    private static Badge.Tone tone(ImportSummary summary) {
        if (isRunning(summary)) {
            return Badge.Tone.NEUTRAL;
        }
        boolean fine = summary.getStatus() == ImportStatus.DONE && summary.getProblemCount() == 0;
        return fine ? Badge.Tone.SUCCESS : Badge.Tone.ERROR;
    }
}
