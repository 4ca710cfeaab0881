package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The history of a roadmap: every change appends a {@code roadmap_changes} row with what it changed
 * (before and after) and an audit record, in the caller's open tenant transaction, so a change and
 * its history commit or fail together. Nothing on a roadmap is overwritten without it.
 */
@Published
@Singleton
public class RoadmapChanges {

    private final ChangeRepository changes;
    private final RoadmapHeaderRepository roadmaps;
    private final AuditLog auditLog;
    private final JsonMapper json;

    RoadmapChanges(ChangeRepository changes, RoadmapHeaderRepository roadmaps, AuditLog auditLog, JsonMapper json) {
        this.changes = changes;
        this.roadmaps = roadmaps;
        this.auditLog = auditLog;
        this.json = json;
    }

    /**
     * One change of a roadmap. Before and after are any serialisable records; when both are given only
     * the fields that differ are kept (and the subject's label, such as a milestone's title).
     *
     * @param subjectId the milestone, experiment or review changed; null for the roadmap itself
     * @param action    what happened, e.g. {@code REACHED}
     * @param reviewId  the review point the change belongs to, if any
     */
    public record Change(Subject subject, @Nullable UUID subjectId, String action, @Nullable Object before,
                         @Nullable Object after, @Nullable UUID reviewId) {

        public static Change of(Subject subject, @Nullable UUID subjectId, String action, @Nullable Object before,
                                @Nullable Object after) {
            return new Change(subject, subjectId, action, before, after, null);
        }
    }

    /** Records the change made by the caller on the roadmap and marks the roadmap as updated. */
    public void record(Caller caller, UUID roadmapId, Change change) {
        JsonNode before = tree(change.before());
        JsonNode after = tree(change.after());
        if (before != null && after != null && before.isObject() && after.isObject()) {
            String label = change.subject().label();
            JsonNode keptBefore = changedFields(before, after, label);
            after = changedFields(after, before, label);
            before = keptBefore;
        }
        UUID tenantId = caller.tenantId();
        changes.insert(tenantId, TimeOrderedIds.next(), roadmapId, caller.personId(), change.reviewId(),
                change.subject().name(), change.subjectId(), change.action(), text(before), text(after));
        auditLog.record(caller, change.subject().auditAction(change.action()), change.subject().entityType(),
                change.subjectId() == null ? roadmapId : change.subjectId(), before, after);
        roadmaps.touch(tenantId, roadmapId);
    }

    /** The fields of {@code node} whose values differ in {@code other}, plus the label field. */
    private static JsonNode changedFields(JsonNode node, JsonNode other, @Nullable String label) {
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        node.entries().forEach(e -> {
            if (e.getKey().equals(label) || !Objects.equals(e.getValue(), other.get(e.getKey()))) {
                kept.put(e.getKey(), e.getValue());
            }
        });
        return JsonNode.createObjectNode(kept);
    }

    private JsonNode tree(@Nullable Object value) {
        try {
            return value == null ? null : json.writeValueToTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a roadmap change as JSON", e);
        }
    }

    private String text(@Nullable JsonNode node) {
        try {
            return node == null ? null : json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a roadmap change as JSON", e);
        }
    }
}
