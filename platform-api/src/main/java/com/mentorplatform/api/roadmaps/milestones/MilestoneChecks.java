package com.mentorplatform.api.roadmaps.milestones;

import com.mentorplatform.api.framework.CompetencyService;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.roadmaps.Inputs;
import com.mentorplatform.api.text.FreeText;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a milestone request beyond Bean Validation: its competencies and calendar event are the
 * tenant's, its due date is plausible; the result is tidied (trimmed, blanks as null, competencies in
 * a stable order). Runs inside the caller's open tenant transaction.
 */
@Singleton
class MilestoneChecks {

    private final CompetencyService competencies;
    private final MilestoneRepository milestones;

    MilestoneChecks(CompetencyService competencies, MilestoneRepository milestones) {
        this.competencies = competencies;
        this.milestones = milestones;
    }

    MilestoneRequest checked(UUID tenantId, MilestoneRequest r) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<UUID> given = r.competencyIds() == null ? List.of() : r.competencyIds();
        competencies.checkListedOnce(tenantId, given, i -> "competencyIds[" + i + "]", violations);
        if (r.calendarEventId() != null && !milestones.calendarEventExists(tenantId, r.calendarEventId())) {
            violations.add(new Problem.Violation("calendarEventId", "no such calendar event"));
        }
        Inputs.plausible("dueOn", r.dueOn(), violations);
        ProblemException.throwIfAny(violations);
        return new MilestoneRequest(r.title().strip(), sorted(given), FreeText.optional(r.minimumExperience()),
                FreeText.optional(r.expectedOutcomes()), r.criteria().strip(), r.dueOn(), r.calendarEventId(),
                FreeText.optional(r.alternativeRoutes()));
    }

    /** The ids in a stable order, so that the same set compares equal however it was written. */
    static List<UUID> sorted(List<UUID> ids) {
        return ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
    }
}
