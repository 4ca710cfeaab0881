package com.mentorplatform.api.sponsorship;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.notifications.NotificationKind;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.TimeCursor;
import com.mentorplatform.api.pairs.WorkspaceAccess.PairAccess;
import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.pairs.WorkspaceAccess;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.programmes.Cohorts;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Raises, withdraws and lists sponsorship flags. Only the mentor of an active or paused pair raises one;
 * that mentor or HR withdraws it; HR lists them all; the pair's mentee and mentor (current or former) see
 * the pair's flags, notes included: the mentee is told what their mentor said about them, and a new flag
 * reaches them as a notification. Every change is audited in the same transaction.
 */
@Published
@Singleton
public class SponsorshipService {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final String ENTITY = "sponsorship_flag";

    private final SponsorshipRepository flags;
    private final WorkspaceAccess access;
    private final Cohorts cohorts;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Notifications notifications;

    SponsorshipService(SponsorshipRepository flags, WorkspaceAccess access, Cohorts cohorts, TenantScope tenantScope,
                       AuditLog auditLog, Notifications notifications) {
        this.flags = flags;
        this.access = access;
        this.cohorts = cohorts;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.notifications = notifications;
    }

    /** The open flags of these pairs, newest first, in one query inside the caller's open tenant transaction. */
    public List<SponsorshipFlag> openOfPairs(UUID tenantId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return flags.openOfPairs(tenantId, pairIds.stream().distinct().map(UUID::toString).toArray(String[]::new));
    }

    /** Flags the pair's mentee; the caller must be the mentor of the pair while it is active or paused. */
    public SponsorshipFlag flag(Caller caller, UUID pairId, FlagRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            PairAccess pair = access.toPair(caller, pairId);
            if (pair.relation() != Relation.MENTOR) {
                throw forbidden("Only the pair's mentor flags the mentee, while the pair is active or paused");
            }
            if (flags.isOpen(caller.tenantId(), pairId, request.kind().name())) {
                throw ProblemType.ALREADY_FLAGGED.exception(
                        "Withdraw the open " + request.kind() + " flag before raising a new one");
            }
            UUID id = UUID.randomUUID();
            flags.insert(caller.tenantId(), id, pairId, pair.menteeId(), caller.personId(), request.kind().name(),
                    request.note().trim());
            SponsorshipFlag created = load(caller.tenantId(), id);
            auditLog.record(caller, "sponsorship_flag.created", ENTITY, id, null, created);
            notifications.send(caller.tenantId(), created.menteeId(), NotificationKind.SPONSORSHIP_FLAGGED, pairId,
                    created.mentorName() + " flagged you as ready for " + readyFor(created.kind()));
            return created;
        });
    }

    SponsorshipFlag withdraw(Caller caller, UUID flagId) {
        return tenantScope.write(caller.tenantId(), () -> {
            SponsorshipFlag current = flags.lock(caller.tenantId(), flagId).orElseThrow(SponsorshipService::notFound);
            checkMayWithdraw(caller, current);
            if (!current.open()) {
                throw ProblemType.ALREADY_WITHDRAWN.exception("The flag was already withdrawn");
            }
            flags.withdraw(caller.tenantId(), flagId);
            SponsorshipFlag after = load(caller.tenantId(), flagId);
            auditLog.record(caller, "sponsorship_flag.withdrawn", ENTITY, flagId, current,
                    after);
            return after;
        });
    }

    /** Every flag of the pair, newest first, for anyone who may see the pair's workspace. */
    List<SponsorshipFlag> ofPair(Caller caller, UUID pairId) {
        return tenantScope.read(caller.tenantId(), () -> {
            access.toPair(caller, pairId);
            return flags.ofPair(caller.tenantId(), pairId);
        });
    }

    FlagPage page(Caller caller, @Nullable UUID cohortId, boolean openOnly, int limit, @Nullable String after) {
        HrOnly.require(caller);
        TimeCursor cursor = TimeCursor.decode(after);
        List<SponsorshipFlag> rows = tenantScope.read(caller.tenantId(), () -> {
            if (cohortId != null) {
                cohorts.seats(caller.tenantId(), cohortId);
            }
            return flags.page(caller.tenantId(), cohortId, openOnly, TimeCursor.at(cursor), TimeCursor.id(cursor),
                    Keyset.rowsFor(limit));
        });
        Keyset<SponsorshipFlag> page = Keyset.of(rows, limit,
                last -> new TimeCursor(last.createdAt(), last.id()).encode());
        return new FlagPage(page.items(), page.next());
    }

    private static String readyFor(FlagKind kind) {
        return switch (kind) {
            case SPONSORSHIP -> "sponsorship";
            case STRETCH_ASSIGNMENT -> "a stretch assignment";
        };
    }

    /** The mentee sees the flag but may not withdraw it; anyone else cannot tell it exists. */
    private static void checkMayWithdraw(Caller caller, SponsorshipFlag flag) {
        if (flag.mentorId().equals(caller.personId()) || caller.isHr()) {
            return;
        }
        throw flag.menteeId().equals(caller.personId())
                ? forbidden("Only the mentor who raised the flag or HR withdraws it") : notFound();
    }

    private SponsorshipFlag load(UUID tenantId, UUID id) {
        return flags.find(tenantId, id).orElseThrow(SponsorshipService::notFound);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Sponsorship flag");
    }

    private static ProblemException forbidden(String detail) {
        return ProblemType.FORBIDDEN.exception(detail);
    }
}
