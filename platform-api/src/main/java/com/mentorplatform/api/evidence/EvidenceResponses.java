package com.mentorplatform.api.evidence;

import com.mentorplatform.api.workspace.Links;
import com.mentorplatform.api.workspace.WorkspaceLinks;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns evidence rows into responses with their links, two queries for a whole list. */
@Singleton
class EvidenceResponses {

    private final EvidenceRepository evidence;
    private final WorkspaceLinks links;

    EvidenceResponses(EvidenceRepository evidence, WorkspaceLinks links) {
        this.evidence = evidence;
        this.links = links;
    }

    List<EvidenceResponse> of(UUID tenantId, List<EvidenceRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(EvidenceRow::id).toList();
        Map<UUID, Links> linked = links.linksByOwner(tenantId, evidence, ids);
        return rows.stream().map(row -> {
            Links own = linked.getOrDefault(row.id(), Links.NONE);
            return new EvidenceResponse(row.id(), row.menteeId(), EvidenceKind.valueOf(row.kind()), row.title(),
                    row.impact(), row.url(), row.file(), own.competencies(), own.milestoneIds(), row.createdAt(),
                    row.updatedAt());
        }).toList();
    }

    EvidenceResponse of(UUID tenantId, EvidenceRow row) {
        return of(tenantId, List.of(row)).get(0);
    }

    /** The response of a row whose links were just written, without reading them back. */
    static EvidenceResponse of(EvidenceRow row, Links links) {
        return new EvidenceResponse(row.id(), row.menteeId(), EvidenceKind.valueOf(row.kind()), row.title(), row.impact(),
                row.url(), row.file(), links.competencies(), links.milestoneIds(), row.createdAt(), row.updatedAt());
    }
}
