package com.mentorplatform.api.evidence;

import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.security.Caller;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Who reaches a mentee's evidence, decided by {@link WorkspaceAccess}: the mentee, their mentor (current
 * or former) and programme staff read it, since evidence is meant for decision-makers; only the mentee
 * changes it. Anyone else gets a 404. Runs inside an open tenant transaction.
 */
@Singleton
class EvidenceAccess {

    static final String EVIDENCE = "Evidence";

    private final WorkspaceAccess access;

    EvidenceAccess(WorkspaceAccess access) {
        this.access = access;
    }

    /** Checks that the caller may read the mentee's evidence; a 404 problem otherwise. */
    void checkReader(Caller caller, UUID menteeId) {
        access.relationTo(caller, menteeId, EVIDENCE);
    }

    /** The evidence if the caller may read it. */
    EvidenceRow readable(Caller caller, EvidenceRow row) {
        checkReader(caller, row.menteeId());
        return row;
    }

    /** The evidence if it is the caller's own: nobody else changes it, not even the mentor. */
    EvidenceRow own(Caller caller, EvidenceRow row) {
        access.requireSelf(caller, row.menteeId(), EVIDENCE);
        return row;
    }
}
