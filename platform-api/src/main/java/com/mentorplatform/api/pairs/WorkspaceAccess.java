package com.mentorplatform.api.pairs;

import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may reach a mentee's workspace (roadmap, check-ins, journal, evidence), decided from the pairs:
 * the mentee; the mentor of an active or paused pair with them; a former mentor, read-only; and
 * programme staff, read-only and never private content. Everyone else gets the same 404 as for an id
 * that does not exist, so the answer says nothing about whom a mentee is paired with.
 *
 * <p>Every method runs inside an open tenant transaction ({@code TenantScope}).
 */
@Published
@Singleton
public class WorkspaceAccess {

    /** How the caller stands towards one mentee's workspace. */
    public enum Relation {
        /** The mentee: reads and writes everything, private content included. */
        SELF,
        /** Mentor of an active or paused pair: reads shared content, writes what a mentor writes. */
        MENTOR,
        /** Mentor of a completed or ended pair: reads shared content up to now, writes nothing. */
        FORMER_MENTOR,
        /** Tenant admin or programme manager: reads progress, never private content, writes nothing. */
        PROGRAMME_STAFF;

        /** Whether this caller may add or change anything in the workspace. */
        public boolean writes() {
            return this == SELF || this == MENTOR;
        }
    }

    private final PairRepository pairs;
    private final PeopleService people;

    WorkspaceAccess(PairRepository pairs, PeopleService people) {
        this.pairs = pairs;
        this.people = people;
    }

    /**
     * The caller's relation to the mentee's workspace; a 404 problem naming {@code what} when they
     * have none. The caller's own relation wins over HR: a programme manager who mentors sees as a
     * mentor.
     */
    public Relation relationTo(Caller caller, UUID menteeId, String what) {
        if (caller.personId().equals(menteeId)) {
            return Relation.SELF;
        }
        Optional<Relation> asMentor = pairs.mentorshipStatus(caller.tenantId(), caller.personId(), menteeId)
                .map(PairStatus::valueOf).flatMap(WorkspaceAccess::mentorRelation);
        if (asMentor.isPresent()) {
            return asMentor.get();
        }
        // HR reaches every person of the tenant, and only those: another tenant's id is a 404 here too.
        if (caller.isHr() && people.allExist(caller.tenantId(), List.of(menteeId))) {
            return Relation.PROGRAMME_STAFF;
        }
        throw ProblemException.notFound(what);
    }

    /**
     * A 404 problem naming {@code what} unless the workspace is the caller's own: for what only the mentee changes
     * (a journal entry, a piece of evidence), not even their mentor.
     */
    public void requireSelf(Caller caller, UUID menteeId, String what) {
        if (!caller.personId().equals(menteeId)) {
            throw ProblemException.notFound(what);
        }
    }

    /** Like {@link #relationTo} but a 404 problem also when the relation may not write. */
    public Relation writerTo(Caller caller, UUID menteeId, String what) {
        Relation relation = relationTo(caller, menteeId, what);
        if (!relation.writes()) {
            throw ProblemException.notFound(what);
        }
        return relation;
    }

    /**
     * For a {@link Relation#FORMER_MENTOR}: when their mentorship of the mentee ended, so that they read
     * the history up to then and nothing written since. Empty when the caller never finished a pair with
     * the mentee.
     */
    public Optional<Instant> mentorshipEndedAt(Caller caller, UUID menteeId) {
        return Optional.ofNullable(pairs.mentorshipEndedAt(caller.tenantId(), caller.personId(), menteeId));
    }

    /** A pair with the caller's relation to it: its mentee, or its mentor while it is active or paused, etc. */
    public record PairAccess(UUID pairId, UUID cohortId, UUID mentorId, UUID menteeId, PairStatus status,
                             Relation relation) {
    }

    /** An active or paused pair with both people's names: who tells whom about the work in the workspace. */
    public record Mentorship(UUID pairId, UUID mentorId, String mentorName, UUID menteeId, String menteeName) {
    }

    /**
     * The mentee's current mentorship: their active or paused pair, the one in {@code cohortId} first
     * (the cohort of the roadmap or check-in at hand); empty when they have no current mentor.
     */
    public Optional<Mentorship> currentMentorshipOf(UUID tenantId, UUID menteeId, UUID cohortId) {
        return pairs.currentOfMentee(tenantId, menteeId).stream()
                .sorted(Comparator.comparing((Pair p) -> !p.cohortId().equals(cohortId))).findFirst()
                .map(WorkspaceAccess::mentorship);
    }

    /** The caller's active or paused pair with the mentee, when the caller is their mentor. */
    public Optional<Mentorship> mentorshipAsMentor(Caller caller, UUID menteeId) {
        return pairs.currentOfMentee(caller.tenantId(), menteeId).stream()
                .filter(p -> p.mentorId().equals(caller.personId())).findFirst().map(WorkspaceAccess::mentorship);
    }

    private static Mentorship mentorship(Pair p) {
        return new Mentorship(p.id(), p.mentorId(), p.mentorName(), p.menteeId(), p.menteeName());
    }

    /**
     * The caller's relation to one pair, judged for that pair alone: its mentee is SELF, its mentor is
     * MENTOR while the pair is active or paused and FORMER_MENTOR after it, HR is PROGRAMME_STAFF;
     * anyone else (and another tenant's id) gets a 404 problem for "Pair".
     */
    public PairAccess toPair(Caller caller, UUID pairId) {
        Pair pair = pairs.find(caller.tenantId(), pairId).orElseThrow(PairProblems::notFound);
        PairStatus status = pair.status();
        Relation relation;
        if (caller.personId().equals(pair.menteeId())) {
            relation = Relation.SELF;
        } else if (caller.personId().equals(pair.mentorId()) && mentorRelation(status).isPresent()) {
            relation = mentorRelation(status).get();
        } else if (caller.isHr()) {
            relation = Relation.PROGRAMME_STAFF;
        } else {
            throw PairProblems.notFound();
        }
        return new PairAccess(pair.id(), pair.cohortId(), pair.mentorId(), pair.menteeId(), status, relation);
    }

    /** A mentor's standing from their pair with the mentee: none while the pair is only proposed. */
    private static Optional<Relation> mentorRelation(PairStatus status) {
        if (status.isUnderway()) {
            return Optional.of(Relation.MENTOR);
        }
        return status.isEnded() ? Optional.of(Relation.FORMER_MENTOR) : Optional.empty();
    }
}
