package com.mentorplatform.api.checkins;

import com.mentorplatform.api.pairs.WorkspaceAccess.PairAccess;
import com.mentorplatform.api.problem.Problem.Violation;
import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a check-in obeys beyond the shape Bean Validation checks: a scheduled check-in lies in the
 * future and a held one does not; it moves only from SCHEDULED to HELD or CANCELLED; its actions are
 * owned by the pair's mentor or mentee and fall due no earlier than the check-in's day (in UTC).
 * Every violation is reported at once, as a 400 naming each field.
 */
@Singleton
class CheckInRules {

    /** A check-in logged as held this little ahead of the server's clock is still accepted: clocks drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    CheckInRules(Clock clock) {
        this.clock = clock;
    }

    /** The request, normalised, when it may create a check-in of this pair. */
    CheckInRequest forCreate(CheckInRequest request, PairAccess pair) {
        CheckInRequest r = request.normalised();
        List<Violation> violations = new ArrayList<>();
        if (r.status() == CheckInStatus.CANCELLED) {
            violations.add(new Violation("status", "must be SCHEDULED or HELD for a new check-in"));
        } else {
            timing(r, violations);
        }
        List<ActionRequest> actions = r.actions() == null ? List.of() : r.actions();
        for (int i = 0; i < actions.size(); i++) {
            action(actions.get(i), "actions[" + i + "].", pair, r.occursAt(), violations);
        }
        return passed(r, violations);
    }

    /** The merged document, normalised, when the stored check-in may become it; 409 for a refused status change. */
    CheckInRequest forChange(CheckIn current, CheckInRequest merged) {
        CheckInRequest r = merged.normalised();
        if (r.status() != current.status()
                && !(current.status() == CheckInStatus.SCHEDULED && r.status() != CheckInStatus.SCHEDULED)) {
            throw CheckInProblems.refused(current.status(), r.status());
        }
        List<Violation> violations = new ArrayList<>();
        if (r.actions() != null) {
            violations.add(new Violation("actions", "are added through POST /api/check-ins/{id}/actions"));
        }
        if (r.privateNote() != null) {
            violations.add(new Violation("privateNote", "is set through PUT /api/check-ins/{id}/private-note"));
        }
        boolean moved = r.status() != current.status() || !r.occursAt().equals(current.occursAt());
        if (moved && r.status() != CheckInStatus.CANCELLED) {
            timing(r, violations);
        }
        return passed(r, violations);
    }

    /** The action, with its description trimmed, when it may be agreed at this check-in. */
    ActionRequest forAction(ActionRequest request, PairAccess pair, Instant occursAt) {
        List<Violation> violations = new ArrayList<>();
        action(request, "", pair, occursAt, violations);
        return passed(new ActionRequest(request.description().trim(), request.ownerId(), request.dueOn()), violations);
    }

    private void timing(CheckInRequest r, List<Violation> violations) {
        Instant now = clock.instant();
        if (r.status() == CheckInStatus.SCHEDULED && !r.occursAt().isAfter(now)) {
            violations.add(new Violation("occursAt", "must be in the future for a scheduled check-in"));
        }
        if (r.status() == CheckInStatus.HELD && r.occursAt().isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("occursAt", "must not be in the future for a held check-in"));
        }
    }

    private static void action(ActionRequest a, String prefix, PairAccess pair, Instant occursAt,
                               List<Violation> violations) {
        if (!a.ownerId().equals(pair.mentorId()) && !a.ownerId().equals(pair.menteeId())) {
            violations.add(new Violation(prefix + "ownerId", "must be the pair's mentor or mentee"));
        }
        LocalDate day = LocalDate.ofInstant(occursAt, ZoneOffset.UTC);
        if (a.dueOn() != null && a.dueOn().isBefore(day)) {
            violations.add(new Violation(prefix + "dueOn", "must not be before the check-in's date, " + day));
        }
    }

    private static <T> T passed(@Nullable T checked, List<Violation> violations) {
        ProblemException.throwIfAny(violations);
        return checked;
    }
}
