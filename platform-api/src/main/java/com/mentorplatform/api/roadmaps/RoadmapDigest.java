package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.seams.Published;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What other features read about roadmaps (check-in agendas, the mentor's attention list, HR's
 * progress view, checks on links to milestones), without reaching into this feature's tables.
 * Every method runs inside an open tenant transaction and assumes the caller's access to the mentee
 * was already checked.
 */
@Published
@Singleton
public class RoadmapDigest {

    /** An open milestone untouched for this long counts as stalled, even before its due date. */
    public static final int STALLED_AFTER_DAYS = 45;

    /** How far ahead a milestone's due date puts it on the next check-in's agenda. */
    static final int AGENDA_DAYS_AHEAD = 30;

    private final RoadmapDigestRepository digests;

    RoadmapDigest(RoadmapDigestRepository digests) {
        this.digests = digests;
    }

    /** Running experiments and open milestones due within 30 days (or overdue), soonest first. */
    public List<AgendaItem> agenda(UUID tenantId, UUID menteeId, LocalDate today) {
        return digests.agenda(tenantId, menteeId, today.plusDays(AGENDA_DAYS_AHEAD).toString());
    }

    /** Progress numbers for each of the mentees, in one query. */
    public List<RoadmapSignals> signals(UUID tenantId, Collection<UUID> menteeIds) {
        if (menteeIds.isEmpty()) {
            return List.of();
        }
        String[] ids = menteeIds.stream().map(UUID::toString).toArray(String[]::new);
        return digests.signals(tenantId, ids, STALLED_AFTER_DAYS);
    }

    /**
     * The milestones on the mentee's active roadmaps in roadmap order, each with the competencies it develops
     * (for the demo's journals and evidence, which link to them).
     */
    List<MilestoneLink> milestones(UUID tenantId, UUID menteeId) {
        return digests.milestoneLinks(tenantId, menteeId);
    }

    /** Whether every one of the milestones is on one of this mentee's roadmaps (an empty set is). */
    public boolean ownsMilestones(UUID tenantId, UUID menteeId, Collection<UUID> milestoneIds) {
        Set<UUID> distinct = Set.copyOf(milestoneIds);
        return distinct.isEmpty() || digests.countOwned(tenantId, menteeId, distinct) == distinct.size();
    }
}
