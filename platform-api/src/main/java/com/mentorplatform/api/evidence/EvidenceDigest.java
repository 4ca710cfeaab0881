package com.mentorplatform.api.evidence;

import com.mentorplatform.api.seams.Published;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What other features read about evidence: the promotion case (chosen evidence with its impact and
 * links) and progress views (how much was added). Every method runs inside an open tenant transaction
 * and assumes the caller's access to the mentee was already checked.
 */
@Published
@Singleton
public class EvidenceDigest {

    private final EvidenceRepository evidence;
    private final EvidenceResponses responses;

    EvidenceDigest(EvidenceRepository evidence, EvidenceResponses responses) {
        this.evidence = evidence;
        this.responses = responses;
    }

    /**
     * Those of {@code ids} that are this mentee's evidence, in the order given, each with kind, title,
     * impact, address, file details, linked competencies (named) and milestones, and when it was added.
     * Ids of anyone else's evidence are left out, so compare sizes to spot them.
     */
    public List<EvidenceResponse> ofMentee(UUID tenantId, UUID menteeId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, EvidenceResponse> found = responses.of(tenantId, evidence.byIds(tenantId, menteeId, Set.copyOf(ids)))
                .stream().collect(Collectors.toMap(EvidenceResponse::id, Function.identity()));
        return ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
    }

    /** For each mentee, in one query: the evidence added from the start of {@code from} to the end of {@code to} (UTC). */
    public List<EvidenceActivity> activity(UUID tenantId, Collection<UUID> menteeIds, LocalDate from, LocalDate to) {
        if (menteeIds.isEmpty()) {
            return List.of();
        }
        return evidence.activity(tenantId, menteeIds.stream().map(UUID::toString).toArray(String[]::new),
                from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
