package com.mentorplatform.api.roadmaps.gaps;

import com.mentorplatform.analytics.roadmaps.GapAnalysis;
import com.mentorplatform.api.framework.CompetencyService;
import com.mentorplatform.api.framework.RoleProfileService;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.profiles.CompetencyLevel;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapAccess;
import com.mentorplatform.api.roadmaps.RoadmapChanges;
import com.mentorplatform.api.roadmaps.RoadmapChanges.Change;
import com.mentorplatform.api.roadmaps.Subject;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The gap analysis of a roadmap (loaded in one query, computed by {@link GapAnalysis}), the mentor's
 * ratings that refine it, and the baseline levels a new roadmap starts from.
 */
@Singleton
public class GapService {

    private final GapRepository levels;
    private final CompetencyService competencies;
    private final RoleProfileService roleProfiles;
    private final RoadmapAccess access;
    private final RoadmapChanges changes;
    private final TenantScope tenantScope;

    GapService(GapRepository levels, CompetencyService competencies, RoleProfileService roleProfiles,
               RoadmapAccess access, RoadmapChanges changes, TenantScope tenantScope) {
        this.levels = levels;
        this.competencies = competencies;
        this.roleProfiles = roleProfiles;
        this.access = access;
        this.changes = changes;
        this.tenantScope = tenantScope;
    }

    /** Keeps the mentee's self-rated levels as the new roadmap's baseline, inside the caller's open transaction. */
    public void snapshotBaselineInOpenTransaction(UUID tenantId, UUID roadmapId, UUID menteeId) {
        levels.snapshotBaseline(tenantId, roadmapId, menteeId);
    }

    GapsResponse gaps(Caller caller, UUID roadmapId) {
        return tenantScope.read(caller.tenantId(), () -> {
            access.reading(caller, roadmapId, "Roadmap");
            return analysis(caller.tenantId(), roadmapId);
        });
    }

    /** The mentor's levels for some competencies; only those that differ from the mentor's last rating are kept as a change. */
    public GapsResponse rate(Caller caller, UUID roadmapId, MentorRatingsRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            OpenRoadmap roadmap = access.forMentor(caller, roadmapId, "Roadmap");
            UUID tenantId = caller.tenantId();
            List<UUID> ids = request.ratings().stream().map(CompetencyLevel::competencyId).toList();
            List<Problem.Violation> violations = new ArrayList<>();
            competencies.checkListedOnce(tenantId, ids, i -> "ratings[" + i + "].competencyId", violations);
            ProblemException.throwIfAny(violations);
            Map<UUID, Integer> previous = levels.levels(tenantId, roadmapId).stream()
                    .filter(l -> l.mentorLevel() != null)
                    .collect(Collectors.toMap(LevelRow::competencyId, LevelRow::mentorLevel));
            List<CompetencyLevel> changed = request.ratings().stream()
                    .filter(r -> !Objects.equals(previous.get(r.competencyId()), r.level())).toList();
            if (!changed.isEmpty()) {
                save(caller, roadmap, changed, previous);
            }
            return analysis(tenantId, roadmapId);
        });
    }

    private void save(Caller caller, OpenRoadmap roadmap, List<CompetencyLevel> changed, Map<UUID, Integer> previous) {
        Map<UUID, String> names = competencies.namesInOpenTransaction(roadmap.tenantId(),
                changed.stream().map(CompetencyLevel::competencyId).toList());
        levels.rate(roadmap.tenantId(), roadmap.id(), caller.personId(),
                changed.stream().map(r -> r.competencyId().toString()).toArray(String[]::new),
                changed.stream().map(r -> r.level().toString()).toArray(String[]::new));
        Map<String, Integer> before = new LinkedHashMap<>();
        Map<String, Integer> after = new LinkedHashMap<>();
        for (CompetencyLevel rating : changed) {
            String name = names.get(rating.competencyId());
            if (previous.containsKey(rating.competencyId())) {
                before.put(name, previous.get(rating.competencyId()));
            }
            after.put(name, rating.level());
        }
        changes.record(caller, roadmap.id(), Change.of(Subject.COMPETENCY, null, "RATED", before, after));
    }

    private GapsResponse analysis(UUID tenantId, UUID roadmapId) {
        UUID targetRoleId = levels.targetRoleOf(tenantId, roadmapId).orElse(null);
        String targetRoleName = targetRoleId == null ? null
                : roleProfiles.nameInOpenTransaction(tenantId, targetRoleId).orElse(null);
        List<GapAnalysis.Levels> known = levels.levels(tenantId, roadmapId).stream().map(l -> new GapAnalysis.Levels(
                l.competencyId(), l.name(), l.category(), l.requiredLevel(), l.selfLevel(), l.mentorLevel(),
                l.baselineLevel())).toList();
        return GapsResponse.of(targetRoleId, targetRoleName, GapAnalysis.of(known));
    }
}
