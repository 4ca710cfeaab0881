package com.mentorplatform.api.journal;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.workspace.CompetencyRef;
import com.mentorplatform.api.workspace.Links;
import com.mentorplatform.api.workspace.WorkspaceLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes a mentee's own journal: only the author adds, changes, shares or deletes an entry. Each change
 * is one transaction with its audit record, which never holds an entry's title or body.
 */
@Singleton
class JournalService {

    /** The latest time zone on earth: an entry may be dated today wherever today has begun. */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
    private static final String AUDITED = "journal_entry";

    private final JournalRepository entries;
    private final JournalVisibility visibility;
    private final JournalResponses responses;
    private final WorkspaceLinks links;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;
    private final Clock clock;

    JournalService(JournalRepository entries, JournalVisibility visibility, JournalResponses responses,
                   WorkspaceLinks links, TenantScope tenantScope, AuditLog auditLog, MergePatch mergePatch,
                   Clock clock) {
        this.entries = entries;
        this.visibility = visibility;
        this.responses = responses;
        this.links = links;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    /** Adds an entry to the caller's own journal (private unless {@code shared}); Bean Validation already ran. */
    public JournalEntryResponse create(Caller caller, JournalEntryRequest request) {
        JournalEntryRequest r = checked(request);
        UUID tenantId = caller.tenantId();
        return tenantScope.write(tenantId, () -> {
            Links checked = links.check(tenantId, caller.personId(), r.competencyIds(), r.milestoneIds());
            UUID id = TimeOrderedIds.next();
            entries.insert(tenantId, id, caller.personId(), r.entryOn(), r.title(), r.body(), r.isShared());
            entries.link(tenantId, id, checked);
            JournalEntryResponse created = JournalResponses.of(load(tenantId, id), checked);
            audit(caller, "journal_entry.created", id, null, trail(created));
            return created;
        });
    }

    /** JSON Merge Patch of the author's own entry: any field, the {@code shared} flag included. */
    JournalEntryResponse patch(Caller caller, UUID id, JsonNode patch) {
        UUID tenantId = caller.tenantId();
        return tenantScope.write(tenantId, () -> {
            JournalEntryResponse before = responses.of(tenantId, visibility.ownEntry(caller, load(tenantId, id)));
            JournalEntryRequest r = checked(mergePatch.apply(before.asRequest(), patch, JournalEntryRequest.class));
            Links checked = links.check(tenantId, before.menteeId(), r.competencyIds(), r.milestoneIds());
            entries.update(tenantId, id, r.entryOn(), r.title(), r.body(), r.isShared());
            entries.relink(tenantId, id, checked);
            JournalEntryResponse after = JournalResponses.of(load(tenantId, id), checked);
            audit(caller, r.isShared() == before.shared() ? "journal_entry.updated"
                    : r.isShared() ? "journal_entry.shared" : "journal_entry.unshared", id, trail(before), trail(after));
            return after;
        });
    }

    void delete(Caller caller, UUID id) {
        UUID tenantId = caller.tenantId();
        tenantScope.write(tenantId, () -> {
            JournalEntryResponse before = responses.of(tenantId, visibility.ownEntry(caller, load(tenantId, id)));
            entries.delete(tenantId, id);
            audit(caller, "journal_entry.deleted", id, trail(before), null);
            return null;
        });
    }

    private JournalRow load(UUID tenantId, UUID id) {
        return entries.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(JournalVisibility.ENTRY));
    }

    private JournalEntryRequest checked(JournalEntryRequest r) {
        if (r.entryOn().isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)))) {
            throw ProblemException.invalidField("entryOn", "must not be in the future");
        }
        return new JournalEntryRequest(r.entryOn(), r.title().strip(), r.body().strip(), r.isShared(),
                r.competencyIds(), r.milestoneIds());
    }

    /** What the audit keeps of an entry: never its title or body, which may be private. */
    @Serdeable
    record Trail(UUID menteeId, LocalDate entryOn, boolean shared, List<UUID> competencyIds, List<UUID> milestoneIds) {
    }

    private static Trail trail(JournalEntryResponse entry) {
        return new Trail(entry.menteeId(), entry.entryOn(), entry.shared(),
                entry.competencies().stream().map(CompetencyRef::id).toList(), entry.milestoneIds());
    }

    private void audit(Caller caller, String action, UUID id, @Nullable Trail before, @Nullable Trail after) {
        auditLog.record(caller, action, AUDITED,
                id, before, after);
    }
}
