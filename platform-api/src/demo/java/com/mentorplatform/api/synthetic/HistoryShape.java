package com.mentorplatform.api.synthetic;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How much history to write into a tenant.
 *
 * @param seed                 the same seed (and shape) always draws the same history
 * @param people               people to add, leavers included, hired evenly over {@code hiringYears}
 * @param hiringYears          how far back the earliest hire is
 * @param cohorts              how many cohorts, the latest starting at or before {@code latestCohortStart}
 * @param cohortsPerYear       one cohort every 12 / this months (4: January, April, July, October)
 * @param menteesPerCohort     mentees enrolled per cohort (fewer when too few people fit)
 * @param cohortWeeks          how long each cohort runs
 * @param cadenceDays          how often each cohort's pairs are expected to meet
 * @param today                the day the history leads up to
 * @param latestCohortStart    the latest cohort starts in the period that contains this day
 * @param emailDomain          e-mails are {@code first.last.h<n>@} this domain
 * @param programmeName        the programme the cohorts belong to (a new one)
 * @param ownerId              an existing person of the tenant: owns the programme and is the HR actor
 */
public record HistoryShape(long seed, int people, int hiringYears, int cohorts, int cohortsPerYear,
                           int menteesPerCohort, int cohortWeeks, int cadenceDays, LocalDate today,
                           LocalDate latestCohortStart, String emailDomain, String programmeName, UUID ownerId) {

    public HistoryShape {
        if (people < 1 || hiringYears < 1 || cohorts < 1 || menteesPerCohort < 1) {
            throw new IllegalArgumentException("people, hiring years, cohorts and mentees must be positive");
        }
        if (cohortsPerYear < 1 || 12 % cohortsPerYear != 0 || cohorts > 999) {
            throw new IllegalArgumentException("cohorts per year must divide 12, and at most 999 cohorts");
        }
        if (cadenceDays < 7 || cadenceDays > 90 || cohortWeeks < 4 || cohortWeeks > 104) {
            throw new IllegalArgumentException("cadence must be 7-90 days and cohorts 4-104 weeks long");
        }
        if (people > 1_000_000 || latestCohortStart.isAfter(today)) {
            throw new IllegalArgumentException("at most 1,000,000 people, and the latest cohort starts by today");
        }
    }

    /** The first day of the month the latest cohort starts in. */
    LocalDate latestStart() {
        int monthsApart = monthsApart();
        LocalDate month = latestCohortStart.withDayOfMonth(1);
        return month.minusMonths((month.getMonthValue() - 1) % monthsApart);
    }

    int monthsApart() {
        return 12 / cohortsPerYear;
    }

    /** Mentors enrolled per cohort: enough for two or three mentees each. */
    int mentorsPerCohort() {
        return (int) Math.ceil(menteesPerCohort * 0.45);
    }
}
