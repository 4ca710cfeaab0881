package com.mentorplatform.api.evidence;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.workspace.Links;
import com.mentorplatform.api.workspace.WorkspaceLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.UUID;

/**
 * Changes a mentee's own evidence: adds it, edits it, attaches a checked file, deletes it. Each change
 * is one transaction with its audit record (file metadata, never the bytes); a refused change stores
 * nothing.
 */
@Singleton
class EvidenceService {

    private static final String AUDITED = "evidence";

    private final EvidenceRepository evidence;
    private final EvidenceAccess access;
    private final EvidenceResponses responses;
    private final WorkspaceLinks links;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;

    EvidenceService(EvidenceRepository evidence, EvidenceAccess access, EvidenceResponses responses,
                    WorkspaceLinks links, TenantScope tenantScope, AuditLog auditLog, MergePatch mergePatch) {
        this.evidence = evidence;
        this.access = access;
        this.responses = responses;
        this.links = links;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
    }

    /** Adds evidence of the caller's own; Bean Validation already ran. */
    public EvidenceResponse create(Caller caller, EvidenceRequest request) {
        EvidenceRequest r = EvidenceRules.checked(request, false);
        UUID tenantId = caller.tenantId();
        return tenantScope.write(tenantId, () -> {
            Links checked = links.check(tenantId, caller.personId(), r.competencyIds(), r.milestoneIds());
            UUID id = TimeOrderedIds.next();
            evidence.insert(tenantId, id, caller.personId(), r.kind().name(), r.title(), r.impact(), r.url());
            evidence.link(tenantId, id, checked);
            EvidenceResponse created = EvidenceResponses.of(load(tenantId, id), checked);
            audit(caller, "evidence.created", id, null, created);
            return created;
        });
    }

    /** JSON Merge Patch of the caller's own evidence. */
    EvidenceResponse patch(Caller caller, UUID id, JsonNode patch) {
        UUID tenantId = caller.tenantId();
        return tenantScope.write(tenantId, () -> {
            EvidenceResponse before = responses.of(tenantId, access.own(caller, load(tenantId, id)));
            EvidenceRequest r = EvidenceRules.checked(mergePatch.apply(before.asRequest(), patch, EvidenceRequest.class),
                    before.file() != null);
            Links checked = links.check(tenantId, before.menteeId(), r.competencyIds(), r.milestoneIds());
            evidence.update(tenantId, id, r.kind().name(), r.title(), r.impact(), r.url());
            evidence.relink(tenantId, id, checked);
            EvidenceResponse after = EvidenceResponses.of(load(tenantId, id), checked);
            audit(caller, "evidence.updated", id, before, after);
            return after;
        });
    }

    /**
     * Attaches a file to the caller's own evidence (replacing any earlier one) once {@link FileCheck} has
     * accepted its name, declared type and bytes.
     */
    public EvidenceResponse attach(Caller caller, UUID id, @Nullable String fileName, @Nullable String declaredType,
                                   byte[] content) {
        UUID tenantId = caller.tenantId();
        return tenantScope.write(tenantId, () -> {
            EvidenceResponse before = responses.of(tenantId, access.own(caller, load(tenantId, id)));
            if (!before.kind().takesFile()) {
                throw ProblemException.invalidField(FileCheck.FIELD, "cannot be attached to a "
                        + before.kind().name().toLowerCase(Locale.ROOT) + ": change its kind first");
            }
            FileCheck.Accepted file = FileCheck.check(fileName, declaredType, content);
            evidence.storeContent(tenantId, id, file.content());
            evidence.describeFile(tenantId, id, file.fileName(), file.contentType(), file.content().length, file.sha256());
            EvidenceResponse after = EvidenceResponses.of(load(tenantId, id),
                    new Links(before.competencies(), before.milestoneIds()));
            audit(caller, "evidence.file_attached", id, before, after);
            return after;
        });
    }

    void delete(Caller caller, UUID id) {
        UUID tenantId = caller.tenantId();
        tenantScope.write(tenantId, () -> {
            EvidenceResponse before = responses.of(tenantId, access.own(caller, load(tenantId, id)));
            evidence.delete(tenantId, id);
            audit(caller, "evidence.deleted", id, before, null);
            return null;
        });
    }

    private EvidenceRow load(UUID tenantId, UUID id) {
        return evidence.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(EvidenceAccess.EVIDENCE));
    }

    private void audit(Caller caller, String action, UUID id, @Nullable EvidenceResponse before,
                       @Nullable EvidenceResponse after) {
        auditLog.record(caller, action, AUDITED,
                id, before, after);
    }
}
