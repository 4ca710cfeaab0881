package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.evidence.EvidenceDigest;
import com.mentorplatform.api.evidence.EvidenceResponse;
import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.milestones.MilestoneResponse;
import com.mentorplatform.api.roadmaps.gaps.CompetencyLevels;
import com.mentorplatform.api.roadmaps.milestones.MilestoneStatus;
import com.mentorplatform.api.roadmaps.plans.RoadmapResponse;
import com.mentorplatform.api.roadmaps.plans.RoadmapService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a mentee's promotion case from one of their roadmaps: the reached milestones and the evidence they
 * chose, the vision and the competency levels. The mentee builds it; the mentor of an active or paused pair
 * may build the same document to preview it with them. Former mentors, HR and everyone else get a 404, as for
 * a roadmap that does not exist. Journal entries and check-in notes are never read, so nothing private can
 * end up in a case.
 */
@Singleton
class PromotionCaseService {

    private static final String ROADMAP = "Roadmap";

    private final RoadmapAccess roadmapAccess;
    private final RoadmapService roadmaps;
    private final EvidenceDigest evidence;
    private final CaseSourceRepository sources;
    private final CompetencyLevels levels;
    private final TenantScope tenantScope;
    private final Clock clock;

    PromotionCaseService(RoadmapAccess roadmapAccess, RoadmapService roadmaps, EvidenceDigest evidence,
                         CaseSourceRepository sources, CompetencyLevels levels, TenantScope tenantScope,
                         Clock clock) {
        this.roadmapAccess = roadmapAccess;
        this.roadmaps = roadmaps;
        this.evidence = evidence;
        this.sources = sources;
        this.levels = levels;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /** The case as a file in the chosen format; 400 naming the field for a milestone or evidence that may not go in. */
    CaseFile build(Caller caller, UUID roadmapId, PromotionCaseRequest request, @Nullable String accept) {
        CaseFormat format = CaseFormat.chosen(request.format(), accept);
        PromotionCase promotionCase = tenantScope.read(caller.tenantId(), () -> assemble(caller, roadmapId, request));
        return CaseFile.of(promotionCase, format);
    }

    private PromotionCase assemble(Caller caller, UUID roadmapId, PromotionCaseRequest request) {
        UUID tenantId = caller.tenantId();
        OpenRoadmap open = roadmapAccess.reading(caller, roadmapId, ROADMAP);
        if (open.relation() != Relation.SELF && open.relation() != Relation.MENTOR) {
            throw ProblemException.notFound(ROADMAP);
        }
        RoadmapResponse roadmap = roadmaps.get(caller, roadmapId);
        List<MilestoneResponse> milestones = reachedMilestones(roadmap, request.milestones());
        List<EvidenceResponse> chosen = evidence.ofMentee(tenantId, open.menteeId(), request.evidence());
        if (chosen.size() != request.evidence().size()) {
            throw ProblemException.invalidField("evidenceIds", "must all be evidence of the mentee");
        }
        if (milestones.isEmpty() && chosen.isEmpty()) {
            throw ProblemException.invalidFields(List.of(
                    new Problem.Violation("milestoneIds", "choose at least one milestone or piece of evidence"),
                    new Problem.Violation("evidenceIds", "choose at least one milestone or piece of evidence")));
        }
        CaseSourceRepository.Mentee mentee = sources.mentee(tenantId, open.menteeId())
                .orElseThrow(() -> ProblemException.notFound(ROADMAP));
        return CaseAssembler.assemble(roadmap, mentee, assessed(levels.of(tenantId, roadmapId)), milestones, chosen,
                LocalDate.now(clock));
    }

    /**
     * The competencies the case shows: those the target role requires or that were assessed (at the start or by the
     * mentor), required ones first, then by name; a level the mentee only rated themselves is not evidence.
     */
    private static List<CompetencyLevels.Level> assessed(List<CompetencyLevels.Level> all) {
        return all.stream()
                .filter(l -> l.requiredLevel() != null || l.baselineLevel() != null || l.mentorLevel() != null)
                .sorted(Comparator.comparing((CompetencyLevels.Level l) -> l.requiredLevel() == null)
                        .thenComparing(CompetencyLevels.Level::name))
                .toList();
    }

    /** The chosen milestones in the order given; each must be on this roadmap and reached. */
    private static List<MilestoneResponse> reachedMilestones(RoadmapResponse roadmap, List<UUID> ids) {
        Map<UUID, MilestoneResponse> onRoadmap = CaseAssembler.byId(roadmap.milestones(), MilestoneResponse::id);
        List<MilestoneResponse> chosen = new ArrayList<>();
        for (UUID id : ids) {
            MilestoneResponse milestone = onRoadmap.get(id);
            if (milestone == null || milestone.status() != MilestoneStatus.REACHED) {
                throw ProblemException.invalidField("milestoneIds", "must all be reached milestones of this roadmap");
            }
            chosen.add(milestone);
        }
        return chosen;
    }
}
