package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.promotioncase.PromotionCase.CompetencyProgress;
import com.mentorplatform.api.promotioncase.PromotionCase.Endorsement;
import com.mentorplatform.api.promotioncase.PromotionCase.Evidence;
import com.mentorplatform.api.promotioncase.PromotionCase.ReachedMilestone;

import java.time.LocalDate;
import java.util.List;

/** A fixed promotion case for the renderers' tests, with a name that needs more than Latin-1. */
final class SampleCase {

    private SampleCase() {
    }

    static PromotionCase of() {
        return new PromotionCase(
                new PromotionCase.Header("Zofia Łukasiewicz", "Data Analyst, Finance", "Spring 2027",
                        LocalDate.of(2027, 3, 3), "Mentoring Platform (Acme)"),
                new PromotionCase.Vision("Lead a small analytics team that finance trusts for its forecasts.",
                        "I want to grow people the way my first lead grew me.",
                        "Two analysts I coached deliver forecasts on their own; finance asks for us by name.",
                        18, "Analytics Lead"),
                List.of(new CompetencyProgress("Stakeholder management", 2, 4, true, 4),
                        new CompetencyProgress("Coaching others", 1, 2, false, 4),
                        new CompetencyProgress("Forecasting", 3, 4, false, null)),
                List.of(new ReachedMilestone("Lead the Q3 planning", LocalDate.of(2027, 2, 12), LocalDate.of(2027, 3, 1),
                                true, "Runs the planning end to end with three teams.",
                                "Plan signed off by the CFO on 12 February.",
                                new Endorsement("Yusuf Haddad", LocalDate.of(2027, 2, 14),
                                        "Zofia ran every session herself and brought two sceptical teams along.")),
                        new ReachedMilestone("Coach a new analyst", LocalDate.of(2027, 2, 20), LocalDate.of(2027, 1, 31),
                                false, "A new analyst ships a forecast alone.", null, null)),
                List.of(new Evidence("Case study", "Q3 planning retrospective",
                                "Cut the planning cycle from six weeks to four; forecast error fell from 12% to 7%.",
                                "https://wiki.acme.example/q3-planning", null,
                                List.of("Lead the Q3 planning"), List.of("Stakeholder management")),
                        new Evidence("File", "Forecast model handover", "Two analysts now run the model without help.",
                                null, "forecast-handover.pdf", List.of(), List.of())));
    }

    /** A case far longer than a page: many competencies, long texts, an unbroken long link. */
    static PromotionCase longOne() {
        PromotionCase base = of();
        String paragraph = "Worked with the regional finance teams to rebuild the forecast pipeline, moved the monthly "
                + "close from eight days to five, and wrote the playbook the other regions now follow. ";
        List<CompetencyProgress> competencies = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new CompetencyProgress("Competency number " + i + " with a rather long descriptive name",
                        i % 5 + 1, i % 4 + 2, i % 2 == 0, i % 3 == 0 ? null : 4)).toList();
        List<ReachedMilestone> milestones = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> new ReachedMilestone("Milestone " + i + ": " + paragraph.substring(0, 60),
                        LocalDate.of(2027, 1, i), LocalDate.of(2027, 2, i), true, paragraph.repeat(2), paragraph,
                        new Endorsement("Yusuf Haddad", LocalDate.of(2027, 1, i + 1), paragraph.repeat(3)))).toList();
        List<Evidence> evidence = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> new Evidence("Documented outcome", "Evidence " + i, paragraph.repeat(6),
                        "https://wiki.acme.example/" + "very-long-path-segment-without-any-breaks".repeat(4) + i,
                        null, List.of("Milestone " + i), List.of("Competency number " + i))).toList();
        String longest = (paragraph.repeat(12)).substring(0, 2000);
        ReachedMilestone longestMilestone = new ReachedMilestone("The longest milestone", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 1), true, longest, longest, new Endorsement("Yusuf Haddad", LocalDate.of(2027, 2, 2),
                longest));
        return new PromotionCase(base.header(), base.vision(), competencies,
                java.util.stream.Stream.concat(milestones.stream(), java.util.stream.Stream.of(longestMilestone)).toList(),
                evidence);
    }
}
