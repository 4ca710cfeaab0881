package com.mentorplatform.api.workspace;

import com.mentorplatform.api.framework.CompetencyService;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.roadmaps.RoadmapDigest;
import com.mentorplatform.api.seams.Published;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks and names the links of a mentee's journal entries and evidence: competencies must be the
 * tenant's, milestones must be on the mentee's own roadmaps. Runs inside the caller's open tenant
 * transaction.
 */
@Published
@Singleton
public class WorkspaceLinks {

    private final CompetencyService competencies;
    private final RoadmapDigest roadmaps;

    WorkspaceLinks(CompetencyService competencies, RoadmapDigest roadmaps) {
        this.competencies = competencies;
        this.roadmaps = roadmaps;
    }

    /**
     * The links with duplicates dropped and competencies named; a 400 naming {@code competencyIds} when
     * one is not a competency of the tenant and {@code milestoneIds} when one is not on this mentee's
     * roadmaps.
     */
    public Links check(UUID tenantId, UUID menteeId, @Nullable List<UUID> competencyIds,
                       @Nullable List<UUID> milestoneIds) {
        Set<UUID> competencySet = distinct(competencyIds);
        Set<UUID> milestoneSet = distinct(milestoneIds);
        List<Problem.Violation> violations = new ArrayList<>();
        Map<UUID, String> names = competencies.namesInOpenTransaction(tenantId, competencySet);
        if (!names.keySet().containsAll(competencySet)) {
            violations.add(new Problem.Violation("competencyIds", "must be competencies of your organisation's framework"));
        }
        if (!roadmaps.ownsMilestones(tenantId, menteeId, milestoneSet)) {
            violations.add(new Problem.Violation("milestoneIds", "must be milestones on the mentee's own roadmaps"));
        }
        ProblemException.throwIfAny(violations);
        return new Links(competencySet.stream().map(id -> new CompetencyRef(id, names.get(id)))
                .sorted(Comparator.comparing(CompetencyRef::name)).toList(),
                milestoneSet.stream().sorted(Comparator.comparing(UUID::toString)).toList());
    }

    /**
     * The links of each of a page of records (journal entries, evidence), read with two queries of their link
     * tables and one of the competencies' names; a record without links is left out (use {@link Links#NONE}).
     */
    public Map<UUID, Links> linksByOwner(UUID tenantId, LinkRows rows, List<UUID> ownerIds) {
        Map<UUID, List<CompetencyRef>> competencies = competenciesByOwner(tenantId, rows.competencyLinks(tenantId,
                ownerIds));
        Map<UUID, List<UUID>> milestones = rows.milestoneLinks(tenantId, ownerIds).stream()
                .collect(Collectors.groupingBy(Link::ownerId, Collectors.mapping(Link::targetId, Collectors.toList())));
        return ownerIds.stream().filter(id -> competencies.containsKey(id) || milestones.containsKey(id))
                .distinct().collect(Collectors.toMap(id -> id, id -> new Links(
                        competencies.getOrDefault(id, List.of()), milestones.getOrDefault(id, List.of()))));
    }

    /** Each record's linked competencies, named and by name, from the rows of its link table, in one query. */
    private Map<UUID, List<CompetencyRef>> competenciesByOwner(UUID tenantId, List<Link> links) {
        Map<UUID, String> names = competencies.namesInOpenTransaction(tenantId,
                links.stream().map(Link::targetId).collect(Collectors.toSet()));
        return links.stream().filter(link -> names.containsKey(link.targetId()))
                .sorted(Comparator.comparing((Link link) -> names.get(link.targetId())))
                .collect(Collectors.groupingBy(Link::ownerId, Collectors.mapping(
                        link -> new CompetencyRef(link.targetId(), names.get(link.targetId())), Collectors.toList())));
    }

    private static Set<UUID> distinct(@Nullable List<UUID> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }
}
