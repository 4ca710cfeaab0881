package com.mentorplatform.analytics.roadmaps;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How far a mentee is from the target role in each competency. The current level is the mentor's
 * rating when there is one, else the mentee's own (a missing level counts as 0); the gap is what the
 * role requires above it, never negative. The largest gaps are proposed as milestone candidates.
 */
public final class GapAnalysis {

    /** How many of the largest gaps are proposed as milestone candidates. */
    public static final int CANDIDATES = 3;

    private static final Comparator<CompetencyGap> LARGEST_FIRST = Comparator.comparingInt(CompetencyGap::gap)
            .reversed().thenComparing(CompetencyGap::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(CompetencyGap::competencyId);

    private GapAnalysis() {
    }

    /**
     * The levels known for one competency; any of them may be null.
     *
     * @param required what the target role asks for (null when the role does not ask for it, or there is no role)
     * @param baseline the mentee's self-rating when the roadmap started
     */
    public record Levels(UUID competencyId, String name, String category, Integer required, Integer self,
                         Integer mentor, Integer baseline) {

        public Levels {
            Objects.requireNonNull(competencyId, "competencyId");
            Objects.requireNonNull(name, "name");
        }
    }

    /** One competency with its current level and gap. */
    public record CompetencyGap(UUID competencyId, String name, String category, Integer required, Integer self,
                                Integer mentor, Integer baseline, int current, int gap) {
    }

    /** Every competency, largest gap first (then by name), and the ids of up to three largest gaps above zero. */
    public record Result(List<CompetencyGap> competencies, List<UUID> candidates) {
    }

    public static Result of(List<Levels> levels) {
        List<CompetencyGap> gaps = levels.stream().map(GapAnalysis::gap).sorted(LARGEST_FIRST).toList();
        List<UUID> candidates = gaps.stream().filter(g -> g.gap() > 0).limit(CANDIDATES)
                .map(CompetencyGap::competencyId).toList();
        return new Result(gaps, candidates);
    }

    private static CompetencyGap gap(Levels l) {
        int current = l.mentor() != null ? l.mentor() : l.self() != null ? l.self() : 0;
        int gap = l.required() == null ? 0 : Math.max(0, l.required() - current);
        return new CompetencyGap(l.competencyId(), l.name(), l.category(), l.required(), l.self(), l.mentor(),
                l.baseline(), current, gap);
    }
}
