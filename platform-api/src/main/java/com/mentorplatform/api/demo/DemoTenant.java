package com.mentorplatform.api.demo;

import com.mentorplatform.api.auth.Accounts;
import com.mentorplatform.api.calendar.CalendarEventResponse;
import com.mentorplatform.api.demo.DemoOrganisation.Member;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.notifications.Notifications.Kind;
import com.mentorplatform.api.operator.TenantOnboarding;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Seeds one customer tenant: its people and logins, then the framework, calendar, programmes,
 * profiles and pairs, each through its feature's service acting as the demo admin, and the pairs'
 * check-ins acting as their mentors and mentees, so validation, history and audit rows are exactly
 * what a user's requests leave. A bean of its own (not only behind
 * {@code platform.demo}) so tests can seed a fresh tenant into the test database.
 */
@Singleton
class DemoTenant {

    private final TenantOnboarding onboarding;
    private final TenantScope tenantScope;
    private final PeopleService people;
    private final Accounts accounts;
    private final DemoFramework framework;
    private final DemoCalendar calendar;
    private final DemoProgrammes programmes;
    private final DemoProfiles profiles;
    private final DemoPairs pairs;
    private final DemoRoadmaps roadmaps;
    private final DemoCheckIns checkIns;
    private final DemoJournalEvidence journalEvidence;
    private final DemoSponsorship sponsorship;
    private final DemoSurveys surveys;
    private final Notifications notifications;
    private final Validator validator;
    private final Clock clock;

    DemoTenant(TenantOnboarding onboarding, TenantScope tenantScope, PeopleService people, Accounts accounts,
               DemoFramework framework, DemoCalendar calendar, DemoProgrammes programmes, DemoProfiles profiles,
               DemoPairs pairs, DemoRoadmaps roadmaps, DemoCheckIns checkIns, DemoJournalEvidence journalEvidence,
               DemoSponsorship sponsorship, DemoSurveys surveys, Notifications notifications, Validator validator,
               Clock clock) {
        this.onboarding = onboarding;
        this.tenantScope = tenantScope;
        this.people = people;
        this.accounts = accounts;
        this.framework = framework;
        this.calendar = calendar;
        this.programmes = programmes;
        this.profiles = profiles;
        this.pairs = pairs;
        this.roadmaps = roadmaps;
        this.checkIns = checkIns;
        this.journalEvidence = journalEvidence;
        this.sponsorship = sponsorship;
        this.surveys = surveys;
        this.notifications = notifications;
        this.validator = validator;
        this.clock = clock;
    }

    /** What was seeded, for the log (and the admin, who owns what is seeded later). */
    record Seeded(UUID tenantId, UUID adminId, int people, int calendarEvents, int mentors, int mentees, int pairs,
                  long matchingMillis, int roadmaps, long roadmapMillis, int checkIns, long checkInsMillis) {
    }

    Seeded seed(String slug, String name) {
        TenantOnboarding.Onboarded onboarded = onboarding.onboard(slug, name, Tenants.TenantKind.CUSTOMER,
                new TenantOnboarding.FirstPerson("admin@" + slug + ".example", "Avery Admin", DemoData.PASSWORD,
                        EnumSet.of(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER)), null);
        UUID tenantId = onboarded.tenant().id();
        LocalDate today = LocalDate.now(clock);
        DemoOrganisation.Seeded organisation = tenantScope.write(tenantId, () -> {
            DemoOrganisation.Seeded seeded = new DemoOrganisation(slug, today)
                    .build(request -> people.createInOpenTransaction(tenantId, request, null));
            login(tenantId, seeded.mentor(), EnumSet.of(Role.MENTOR));
            login(tenantId, seeded.mentee(), EnumSet.of(Role.MENTEE));
            login(tenantId, seeded.leader(), EnumSet.of(Role.LEADER));
            login(tenantId, seeded.manager(), EnumSet.of(Role.PROGRAMME_MANAGER));
            login(tenantId, seeded.newMentor().id(), EnumSet.of(Role.MENTOR));
            login(tenantId, seeded.newMentee().id(), EnumSet.of(Role.MENTEE));
            return seeded;
        });

        Caller admin = new Caller(onboarded.firstPersonId(), tenantId, EnumSet.of(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER));
        // Numbers of their own, so the people stay the same whatever the later areas draw.
        DemoRun run = new DemoRun(admin, today, new Random(slug.hashCode() * 31L + 7), validator);
        DemoFramework.Framework seededFramework = framework.seed(run);
        List<CalendarEventResponse> events = calendar.seed(run);
        List<Member> mentorPool = pool(run, organisation, organisation.mentor(), m -> m.level() >= 4
                && !m.id().equals(organisation.leader()));
        List<Member> menteePool = pool(run, organisation, organisation.mentee(), m -> m.level() <= 3);
        DemoProgrammes.Seeded cohorts = programmes.seed(run, mentorPool, menteePool,
                new DemoProgrammes.Newcomers(organisation.newMentor(), organisation.newMentee()));
        Map<UUID, DemoFramework.Role> targets = profiles.seed(run, seededFramework, cohorts.runningMentors(),
                cohorts.runningMentees());
        profiles.seed(run, seededFramework, cohorts.enrollingMentors(), cohorts.enrollingMentees());
        profiles.seedForEachOther(run, seededFramework, organisation.newMentor(), organisation.newMentee());
        long matchingStarted = System.nanoTime();
        DemoPairs.Paired paired = pairs.seed(run, cohorts.runningCohortId(), organisation.mentor(), organisation.mentee());
        long matchingMillis = (System.nanoTime() - matchingStarted) / 1_000_000;
        long roadmapsStarted = System.nanoTime();
        int roadmapCount = roadmaps.seed(run, cohorts.runningCohortId(), cohorts.runningMentees(), organisation,
                seededFramework, targets, events);
        long roadmapMillis = (System.nanoTime() - roadmapsStarted) / 1_000_000;
        long checkInsStarted = System.nanoTime();
        int checkInCount = checkIns.seed(run, cohorts.runningCohortId(), organisation.mentor(),
                organisation.mentee());
        long checkInsMillis = (System.nanoTime() - checkInsStarted) / 1_000_000;
        journalEvidence.seed(run, seededFramework, cohorts.runningMentees(), organisation.mentee(),
                paired.demoMentorsMentees());
        sponsorship.seed(run, cohorts.runningCohortId(), organisation.mentor(), organisation.mentee());
        surveys.seed(run, cohorts.runningCohortId(), organisation.mentor(), organisation.mentee());
        markWorkDoneRead(tenantId);
        return new Seeded(tenantId, onboarded.firstPersonId(), organisation.everyone().size() + 1, events.size(), cohorts.runningMentors().size(),
                cohorts.runningMentees().size(), paired.pairs(), matchingMillis, roadmapCount, roadmapMillis, checkInCount,
                checkInsMillis);
    }

    /**
     * The seeded month of milestones and flags is history by the time anyone signs in: its notifications
     * stay listed but arrive read, so the bell counts only the pair's news a walk-through opens first, and
     * what the demo logins then do to each other arrives as new. (A survey still waiting shows as a banner.)
     */
    private void markWorkDoneRead(UUID tenantId) {
        tenantScope.write(tenantId, () -> {
            notifications.markAllReadInOpenTransaction(tenantId,
                    EnumSet.complementOf(EnumSet.of(Kind.PAIR_ACTIVE, Kind.PAIR_ENDED)));
            return null;
        });
    }

    /** The people still employed who fit, shuffled, with the demo login for that role first; never a newcomer. */
    private static List<Member> pool(DemoRun run, DemoOrganisation.Seeded organisation, UUID login,
                                     Predicate<Member> fits) {
        List<Member> candidates = organisation.everyone().stream().filter(m -> !m.leaver())
                .filter(m -> !organisation.isNewcomer(m)).filter(fits).toList();
        List<Member> shuffled = run.pickDistinct(candidates, candidates.size());
        return shuffled.stream().sorted(Comparator.comparing((Member m) -> !m.id().equals(login))).toList();
    }

    private void login(UUID tenantId, UUID personId, Set<Role> roles) {
        accounts.createInOpenTransaction(tenantId, personId, DemoData.PASSWORD, roles, null);
    }
}
