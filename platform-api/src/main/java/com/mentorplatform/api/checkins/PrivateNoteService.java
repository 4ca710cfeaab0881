package com.mentorplatform.api.checkins;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Private notes on check-ins: each is read, written and deleted by its author alone, whoever else
 * asks. Its audit record says who changed their note on which check-in, never what it says.
 */
@Singleton
class PrivateNoteService {

    private final PrivateNoteRepository notes;
    private final CheckInAccess access;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    PrivateNoteService(PrivateNoteRepository notes, CheckInAccess access, TenantScope tenantScope, AuditLog auditLog) {
        this.notes = notes;
        this.access = access;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    /** What an audit record says of a private note: whose, on which check-in; never its text. */
    @Serdeable
    record NoteAudit(UUID checkInId, UUID authorId) {
    }

    /** Writes the caller's note on a check-in they may change. */
    PrivateNoteResponse put(Caller caller, UUID checkInId, PrivateNoteRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            access.changeable(caller, checkInId, CheckInProblems.CHECK_IN);
            save(caller, checkInId, request.note().trim());
            return PrivateNoteResponse.of(notes.ofAuthor(caller.tenantId(), checkInId, caller.personId()).orElseThrow());
        });
    }

    /**
     * Deletes the caller's own note; allowed wherever they still read the check-in (a former mentor
     * too), as their own words are theirs to remove.
     */
    void delete(Caller caller, UUID checkInId) {
        tenantScope.write(caller.tenantId(), () -> {
            access.readable(caller, checkInId, CheckInProblems.CHECK_IN);
            if (notes.delete(caller.tenantId(), checkInId, caller.personId()) > 0) {
                auditLog.record(caller, "check_in.private_note_deleted",
                        CheckInService.ENTITY, checkInId, new NoteAudit(checkInId, caller.personId()), null);
            }
            return null;
        });
    }

    /** The caller's own note on the check-in, or null; inside an open transaction. */
    @Nullable
    String own(Caller caller, UUID checkInId) {
        return notes.ofAuthor(caller.tenantId(), checkInId, caller.personId()).map(PrivateNote::note).orElse(null);
    }

    /** Saves the caller's note inside an open transaction, audited without its text; returns the note. */
    String save(Caller caller, UUID checkInId, String note) {
        notes.save(caller.tenantId(), checkInId, caller.personId(), note);
        auditLog.record(caller, "check_in.private_note_saved",
                CheckInService.ENTITY, checkInId, null, new NoteAudit(checkInId, caller.personId()));
        return note;
    }
}
