package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.ui.kit.Dates;
import java.time.LocalDate;
import java.util.List;

/**
 * A cohort as the API shows it, with its head counts: {@code menteesEnrolled} of {@code capacity}, and
 * {@code mentorsEnrolled} offering {@code mentorCapacityTotal} mentee places between them; {@code allowedTransitions}
 * are the statuses the API lets it be given next.
 */
public record Cohort(String id, String programmeId, String name, LocalDate startsOn, LocalDate endsOn,
        int checkInCadenceDays, int capacity, CohortStatus status, MatchingWeights matchingWeights,
        int menteesEnrolled, int mentorsEnrolled, int mentorCapacityTotal, List<CohortStatus> allowedTransitions) {

    public Cohort {
        allowedTransitions = allowedTransitions == null ? List.of() : List.copyOf(allowedTransitions);
    }


    /** When it runs, e.g. "1 Mar – 30 Sept 2027". */
    public String dates() {
        return Dates.period(startsOn, endsOn);
    }
}
