package com.mentorplatform.api.promotioncase;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Everything a promotion case says, ready to render: who it is about, their vision, how their competencies
 * moved, the milestones they reached (with the mentor's endorsements) and the evidence they chose.
 */
record PromotionCase(Header header, Vision vision, List<CompetencyProgress> competencies,
                            List<ReachedMilestone> milestones, List<Evidence> evidence) {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public PromotionCase {
        competencies = List.copyOf(competencies);
        milestones = List.copyOf(milestones);
        evidence = List.copyOf(evidence);
    }

    /** A date as the case prints it, e.g. "3 March 2027". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /**
     * @param role       the mentee's job title and department as one line, e.g. "Data Analyst, Finance"; may be empty
     * @param preparedBy where the case comes from, e.g. "Mentoring Platform (Acme)"
     */
    public record Header(String menteeName, String role, String cohortName, LocalDate preparedOn, String preparedBy) {

        /** "Cohort Spring 2027", or the cohort's name alone when it already says so ("Cohort 2"). */
        String cohortLine() {
            return cohortName.toLowerCase(Locale.ROOT).startsWith("cohort") ? cohortName : "Cohort " + cohortName;
        }
    }

    public record Vision(String aspiration, @Nullable String whyItMatters, @Nullable String successLooksLike,
                         int horizonMonths, @Nullable String targetRoleName) {
    }

    /**
     * One competency, levels 1–5 or null when unknown.
     *
     * @param before         the self-rated level when the roadmap started
     * @param now            the mentor's rating when given, else the current self-rating
     * @param ratedByMentor  whether {@code now} is the mentor's rating
     * @param required       the level the target role requires, null when it requires none
     */
    public record CompetencyProgress(String name, @Nullable Integer before, @Nullable Integer now,
                                     boolean ratedByMentor, @Nullable Integer required) {

        /** Whether the current level meets the required one (a competency nobody requires always does). */
        public boolean meetsRequired() {
            return required == null || now != null && now >= required;
        }
    }

    /**
     * A milestone the mentee reached.
     *
     * @param onTime whether it was reached on or before its due date
     */
    public record ReachedMilestone(String title, LocalDate reachedOn, LocalDate dueOn, boolean onTime, String criteria,
                                   @Nullable String reachedNote, @Nullable Endorsement endorsement) {
    }

    /** The mentor's endorsement of a reached milestone. */
    public record Endorsement(String byName, LocalDate on, @Nullable String comment) {
    }

    /**
     * A piece of evidence and what it shows.
     *
     * @param kind         how it is labelled, e.g. "Case study"
     * @param milestones   titles of the milestones it is linked to
     * @param competencies names of the competencies it is linked to
     */
    public record Evidence(String kind, String title, String impact, @Nullable String url, @Nullable String fileName,
                           List<String> milestones, List<String> competencies) {

        public Evidence {
            milestones = List.copyOf(milestones);
            competencies = List.copyOf(competencies);
        }
    }
}
