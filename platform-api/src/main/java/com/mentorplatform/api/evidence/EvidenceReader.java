package com.mentorplatform.api.evidence;

import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.TimeCursor;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Reads a mentee's evidence and its files for whoever {@link EvidenceAccess} lets read them. */
@Singleton
class EvidenceReader {

    /** A mentee collects a handful of evidence; this bounds one answer all the same. */
    static final int DEFAULT_PAGE_SIZE = 50;

    private final EvidenceRepository evidence;
    private final EvidenceAccess access;
    private final EvidenceResponses responses;
    private final TenantScope tenantScope;

    EvidenceReader(EvidenceRepository evidence, EvidenceAccess access, EvidenceResponses responses,
                   TenantScope tenantScope) {
        this.evidence = evidence;
        this.access = access;
        this.responses = responses;
        this.tenantScope = tenantScope;
    }

    /** A file to send back: its stored name, checked content type and bytes. */
    record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * A page of the mentee's evidence (the caller's own when null), newest first, optionally only that of one
     * milestone.
     */
    EvidencePage page(Caller caller, @Nullable UUID menteeId, @Nullable UUID milestoneId, @Nullable String after,
                      int limit) {
        UUID mentee = menteeId == null ? caller.personId() : menteeId;
        UUID tenantId = caller.tenantId();
        TimeCursor cursor = TimeCursor.decode(after);
        return tenantScope.read(tenantId, () -> {
            access.checkReader(caller, mentee);
            Keyset<EvidenceRow> page = Keyset.of(evidence.ofMentee(tenantId, mentee, milestoneId,
                    TimeCursor.at(cursor), TimeCursor.id(cursor), Keyset.rowsFor(limit)), limit,
                    last -> new TimeCursor(last.createdAt(), last.id()).encode());
            return new EvidencePage(responses.of(tenantId, page.items()), page.next());
        });
    }

    EvidenceResponse get(Caller caller, UUID id) {
        UUID tenantId = caller.tenantId();
        return tenantScope.read(tenantId, () -> responses.of(tenantId, access.readable(caller, load(tenantId, id))));
    }

    Download download(Caller caller, UUID id) {
        UUID tenantId = caller.tenantId();
        return tenantScope.read(tenantId, () -> {
            EvidenceRow row = access.readable(caller, load(tenantId, id));
            StoredFile file = row.fileName() == null ? null : evidence.content(tenantId, id).orElse(null);
            if (file == null) {
                throw ProblemException.notFound("Evidence file");
            }
            return new Download(row.fileName(), row.contentType(), file.content());
        });
    }

    private EvidenceRow load(UUID tenantId, UUID id) {
        return evidence.find(tenantId, id).orElseThrow(() -> ProblemException.notFound(EvidenceAccess.EVIDENCE));
    }
}
