package com.mentorplatform.api.checkins;

import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.pairs.WorkspaceAccess.PairAccess;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * The caller's standing towards a pair's check-ins, always decided by {@link WorkspaceAccess#toPair}:
 * its members and HR read them; only the mentee and mentor of an active or paused pair add to them.
 * Every method runs inside an open tenant transaction.
 */
@Singleton
class CheckInAccess {

    private final WorkspaceAccess workspaceAccess;
    private final CheckInRepository checkIns;

    CheckInAccess(WorkspaceAccess workspaceAccess, CheckInRepository checkIns) {
        this.workspaceAccess = workspaceAccess;
        this.checkIns = checkIns;
    }

    /** A check-in together with the caller's access to its pair. */
    record Reached(CheckIn checkIn, PairAccess pair) {
    }

    /** The caller's access to the pair; a 404 problem when they may not even read its check-ins. */
    PairAccess reader(Caller caller, UUID pairId) {
        return workspaceAccess.toPair(caller, pairId);
    }

    /** The caller's access to the pair; a 403 problem when they only read its check-ins. */
    PairAccess writer(Caller caller, UUID pairId) {
        return writable(reader(caller, pairId));
    }

    /** The check-in, when the caller may read it; a 404 problem naming {@code what} otherwise. */
    Reached readable(Caller caller, UUID checkInId, String what) {
        CheckIn checkIn = checkIns.find(caller.tenantId(), checkInId).orElseThrow(() -> ProblemException.notFound(what));
        return new Reached(checkIn, pairOf(caller, checkIn, what));
    }

    /**
     * The check-in, locked, when the caller may change it: a 404 problem naming {@code what} when they
     * may not read it, a 403 when they only read it, and a 409 when it was cancelled.
     */
    Reached changeable(Caller caller, UUID checkInId, String what) {
        CheckIn checkIn = checkIns.lock(caller.tenantId(), checkInId).orElseThrow(() -> ProblemException.notFound(what));
        PairAccess pair = writable(pairOf(caller, checkIn, what));
        if (checkIn.status() == CheckInStatus.CANCELLED) {
            throw CheckInProblems.cancelled();
        }
        return new Reached(checkIn, pair);
    }

    /** The pair of a check-in the caller reached by its id: a pair they may not see reads as a missing check-in. */
    private PairAccess pairOf(Caller caller, CheckIn checkIn, String what) {
        try {
            return workspaceAccess.toPair(caller, checkIn.pairId());
        } catch (ProblemException hidden) {
            throw ProblemException.notFound(what);
        }
    }

    private static PairAccess writable(PairAccess pair) {
        if (!pair.status().isUnderway() || !pair.relation().writes()) {
            throw CheckInProblems.readOnly();
        }
        return pair;
    }
}
