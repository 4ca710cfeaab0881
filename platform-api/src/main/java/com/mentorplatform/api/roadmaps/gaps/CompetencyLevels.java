package com.mentorplatform.api.roadmaps.gaps;

import com.mentorplatform.api.seams.Published;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * What other features read about a roadmap's competencies (the promotion case) without reaching into these tables:
 * every competency the target role requires or that has a level, with each level known, from the same query as the
 * gap analysis. Runs inside the caller's open tenant transaction, after the caller's access to the roadmap was
 * checked.
 */
@Published
@Singleton
public class CompetencyLevels {

    private final GapRepository gaps;

    CompetencyLevels(GapRepository gaps) {
        this.gaps = gaps;
    }

    public List<Level> of(UUID tenantId, UUID roadmapId) {
        return gaps.levels(tenantId, roadmapId).stream().map(l -> new Level(l.competencyId(), l.name(),
                l.requiredLevel(), l.baselineLevel(), l.mentorLevel(), l.selfLevel())).toList();
    }

    /** One competency: what the target role requires, the level at the start, the mentor's and the mentee's own now. */
    public record Level(UUID competencyId, String name, @Nullable Integer requiredLevel, @Nullable Integer baselineLevel,
                        @Nullable Integer mentorLevel, @Nullable Integer selfLevel) {
    }
}
