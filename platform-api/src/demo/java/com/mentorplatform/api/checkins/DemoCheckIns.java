package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.DemoCheckInTexts.Act;
import com.mentorplatform.api.checkins.DemoCheckInTexts.Meeting;
import com.mentorplatform.api.pairs.PairResponse;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The running cohort's check-ins, logged by each pair's own mentor or mentee through the check-in
 * service: most active pairs have met at about the cohort's cadence since it started, about one in
 * five has gone quiet for longer than the cadence (overdue), and some have their next check-in
 * scheduled. The demo mentee's pair has a story of its own, and the demo mentor's pairs are on
 * track; both with a private note from each member.
 */
@Singleton
class DemoCheckIns implements DemoStep {

    /** Meetings are logged at 10:00 UTC, so a held one "today minus n days" is always in the past. */
    private static final int HOUR = 10;

    private final CheckInService checkIns;
    private final CheckInActionService actions;
    private final PairService pairs;
    private final TenantScope tenantScope;

    DemoCheckIns(CheckInService checkIns, CheckInActionService actions, PairService pairs, TenantScope tenantScope) {
        this.checkIns = checkIns;
        this.actions = actions;
        this.pairs = pairs;
        this.tenantScope = tenantScope;
    }

    @Override
    public int order() {
        return 1000;
    }

    /**
     * Logs and schedules the check-ins of the running cohort's active pairs. The service calls join one
     * transaction: a commit for each of hundreds of writes would cost seconds, and the rows are the same.
     */
    @Override
    public void seed(DemoWorld world) {
        UUID cohortId = world.get(DemoWorld.COHORTS).running();
        UUID demoMentor = world.logins().mentor();
        UUID demoMentee = world.logins().mentee();
        int cadence = world.get(DemoWorld.RUNNING_CADENCE_DAYS);
        world.count("check-ins", tenantScope.write(world.tenantId(), () -> {
            int created = 0;
            for (PairResponse pair : activePairs(world, cohortId)) {
                String firstName = pair.menteeName().split(" ")[0];
                for (Meeting meeting : plan(world, cadence, pair, demoMentor, demoMentee)) {
                    log(world, pair, meeting.naming(firstName));
                    created++;
                }
            }
            return created;
        }));
    }

    private List<PairResponse> activePairs(DemoWorld world, UUID cohortId) {
        UUID tenantId = world.admin().tenantId();
        return tenantScope.read(tenantId, () -> pairs.openPairs(tenantId, cohortId).stream()
                .map(p -> pairs.find(tenantId, p.pairId())).filter(p -> p.status() == PairStatus.ACTIVE).toList());
    }

    /**
     * The demo mentee's pair tells its own story; the demo mentor's pairs are on track with the next
     * check-in within about a week and a private note by each member; of the others about one in five
     * is overdue and about half of the rest have their next check-in scheduled.
     */
    private static List<Meeting> plan(DemoWorld world, int cadence, PairResponse pair, UUID demoMentor,
                                      UUID demoMentee) {
        if (pair.menteeId().equals(demoMentee)) {
            return DemoCheckInTexts.DEMO_PAIR;
        }
        if (pair.mentorId().equals(demoMentor)) {
            List<Meeting> meetings = history(world, cadence, world.between(2, cadence - 4), world.between(5, 9));
            int lastHeld = meetings.size() - 2;
            meetings.set(lastHeld, meetings.get(lastHeld).withNote(true, world.pick(DemoCheckInTexts.MENTEE_PRIVATE_NOTES)));
            meetings.set(lastHeld - 1, meetings.get(lastHeld - 1).withNote(false,
                    world.pick(DemoCheckInTexts.MENTOR_PRIVATE_NOTES)));
            return meetings;
        }
        boolean overdue = world.oneIn(5);
        int last = overdue ? world.between(cadence + 4, cadence * 2 + 6) : world.between(1, cadence - 3);
        return history(world, cadence, last, !overdue && world.oneIn(2) ? world.between(2, cadence) : null);
    }

    /**
     * Held check-ins about a cadence apart, from some weeks after the cohort started until
     * {@code lastDaysAgo}, oldest first with progress rising; then one scheduled {@code scheduledIn}
     * days ahead, unless that is null.
     */
    private static List<Meeting> history(DemoWorld world, int cadence, int lastDaysAgo, Integer scheduledIn) {
        int first = world.between(cadence * 2, cadence * 5);
        List<Integer> days = new ArrayList<>();
        for (int ago = lastDaysAgo; ago <= first; ago += cadence + world.between(-2, 3)) {
            days.add(ago);
        }
        Collections.reverse(days);
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            meetings.add(held(world, -days.get(i), Math.min(5, 2 + i / 2 + world.between(0, 1)), i < days.size() - 1));
        }
        if (scheduledIn != null) {
            meetings.add(new Meeting(scheduledIn, world.pick(List.of(30, 45, 60)), world.pick(DemoCheckInTexts.AGENDAS),
                    null, List.of(), null, List.of(), world.oneIn(3), null));
        }
        return meetings;
    }

    /** A held check-in drawn from the pools; actions of all but the latest are mostly done. */
    private static Meeting held(DemoWorld world, int daysFromToday, int rating, boolean older) {
        List<Act> acts = world.pickDistinct(DemoCheckInTexts.ACTIONS, world.oneIn(3) ? 2 : 1).stream()
                .map(a -> new Act(a.menteeOwns() || world.oneIn(4), a.description(), a.dueInDays(), older && !world.oneIn(3)))
                .toList();
        boolean byMentee = world.oneIn(3);
        String privateNote = world.oneIn(6) ? world.pick(byMentee ? DemoCheckInTexts.MENTEE_PRIVATE_NOTES
                : DemoCheckInTexts.MENTOR_PRIVATE_NOTES) : null;
        return new Meeting(daysFromToday, world.pick(List.of(30, 45, 60)), world.pick(DemoCheckInTexts.AGENDAS),
                world.pick(DemoCheckInTexts.NOTES), world.oneIn(4) ? List.of() : world.pick(DemoCheckInTexts.FEEDBACK), rating,
                acts, byMentee, privateNote);
    }

    private void log(DemoWorld world, PairResponse pair, Meeting m) {
        UUID tenantId = world.admin().tenantId();
        Caller by = m.byMentee() ? new Caller(pair.menteeId(), tenantId, EnumSet.of(Role.MENTEE))
                : new Caller(pair.mentorId(), tenantId, EnumSet.of(Role.MENTOR));
        LocalDate day = world.today().plusDays(m.daysFromToday());
        Instant at = day.atTime(HOUR, 0).toInstant(ZoneOffset.UTC);
        List<ActionRequest> agreed = m.actions().stream().map(a -> new ActionRequest(a.description(),
                a.menteeOwns() ? pair.menteeId() : pair.mentorId(), day.plusDays(a.dueInDays()))).toList();
        Feedback feedback = m.feedback().isEmpty() ? null
                : new Feedback(m.feedback().get(0), m.feedback().get(1), m.feedback().get(2));
        CheckInStatus status = m.daysFromToday() > 0 ? CheckInStatus.SCHEDULED : CheckInStatus.HELD;
        CheckInResponse logged = checkIns.create(by, pair.id(), world.valid(new CheckInRequest(status, at, m.minutes(),
                m.agenda(), m.notes(), feedback, m.rating(), agreed, m.privateNote())));
        for (ActionResponse action : logged.actions()) {
            if (m.actions().stream().anyMatch(a -> a.done() && a.description().equals(action.description()))) {
                actions.change(by, action.id(), JsonNode.createObjectNode(Map.of("done", JsonNode.createBooleanNode(true))));
            }
        }
    }
}
