package com.mentorplatform.api.demo;

import com.mentorplatform.api.auth.Accounts;
import com.mentorplatform.api.notifications.NotificationKind;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoOnboarding;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld.Logins;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Seeds one customer tenant: its people and logins, then every feature's {@link DemoStep} in order, each through
 * its feature's services acting as the demo admin (or as the pairs' mentors and mentees), so validation, history
 * and audit rows are exactly what a user's requests leave. The steps, by {@link DemoStep#order()}: the framework
 * (100), the calendar (200), programmes and cohorts (300), enrolments (400), cohorts under way (500), profiles
 * (600), matching (700), pairs (800), roadmaps (900, then each roadmaps sub-package in turn: milestones 910,
 * the milestones handed on 915, experiments 920, gaps 930, paces 940, reviews 950), check-ins (1000), journals
 * with evidence (1100), sponsorship (1200), fit surveys (1300). A bean of its own (not only behind
 * {@code platform.demo}) so tests can seed a fresh tenant into the test database.
 */
@Singleton
class DemoTenant {

    private final DemoOnboarding onboarding;
    private final TenantScope tenantScope;
    private final PeopleService people;
    private final Accounts accounts;
    private final List<DemoStep> steps;
    private final Notifications notifications;
    private final Validator validator;
    private final Clock clock;

    DemoTenant(DemoOnboarding onboarding, TenantScope tenantScope, PeopleService people, Accounts accounts,
               List<DemoStep> steps, Notifications notifications, Validator validator, Clock clock) {
        this.onboarding = onboarding;
        this.tenantScope = tenantScope;
        this.people = people;
        this.accounts = accounts;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.notifications = notifications;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * What was seeded, for the log and the synthetic history that follows: how many of what, each step's time
     * by its name, and how often the running cohort meets.
     */
    record Seeded(String slug, UUID tenantId, UUID adminId, int people, Map<String, Integer> counts,
                  Map<String, Long> stepMillis, int runningCadenceDays) {
    }

    Seeded seed(String slug, String name) {
        Caller admin = onboarding.onboard(slug, name, TenantKind.CUSTOMER, "admin@" + slug + ".example",
                "Avery Admin", EnumSet.of(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER));
        UUID tenantId = admin.tenantId();
        LocalDate today = LocalDate.now(clock);
        DemoOrganisation.Seeded organisation = tenantScope.write(tenantId, () -> {
            DemoOrganisation.Seeded seeded = new DemoOrganisation(slug, today)
                    .build(request -> people.createInOpenTransaction(tenantId, request, null));
            Logins logins = seeded.logins();
            login(tenantId, logins.mentor(), EnumSet.of(Role.MENTOR));
            login(tenantId, logins.mentee(), EnumSet.of(Role.MENTEE));
            login(tenantId, logins.leader(), EnumSet.of(Role.LEADER));
            login(tenantId, logins.manager(), EnumSet.of(Role.PROGRAMME_MANAGER));
            login(tenantId, logins.newMentor().id(), EnumSet.of(Role.MENTOR));
            login(tenantId, logins.newMentee().id(), EnumSet.of(Role.MENTEE));
            return seeded;
        });

        // Numbers of their own, so the people stay the same whatever the later areas draw.
        DemoWorld world = new DemoWorld(admin, today, new Random(slug.hashCode() * 31L + 7), validator);
        Logins logins = organisation.logins();
        world.put(DemoWorld.LOGINS, logins);
        world.put(DemoWorld.MENTOR_POOL, pool(world, organisation, logins.mentor(), m -> m.level() >= 4
                && !m.id().equals(logins.leader())));
        world.put(DemoWorld.MENTEE_POOL, pool(world, organisation, logins.mentee(), m -> m.level() <= 3));
        Map<String, Long> stepMillis = new LinkedHashMap<>();
        for (DemoStep step : steps) {
            long started = System.nanoTime();
            step.seed(world);
            stepMillis.put(step.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
        }
        markWorkDoneRead(tenantId);
        return new Seeded(slug, tenantId, admin.personId(), organisation.everyone().size() + 1, world.counts(),
                stepMillis, world.get(DemoWorld.RUNNING_CADENCE_DAYS));
    }

    /**
     * The seeded month of milestones and flags is history by the time anyone signs in: its notifications
     * stay listed but arrive read, so the bell counts only the pair's news a walk-through opens first, and
     * what the demo logins then do to each other arrives as new. (A survey still waiting shows as a banner.)
     */
    private void markWorkDoneRead(UUID tenantId) {
        tenantScope.write(tenantId, () -> {
            notifications.markAllReadInOpenTransaction(tenantId,
                    EnumSet.complementOf(EnumSet.of(NotificationKind.PAIR_ACTIVE, NotificationKind.PAIR_ENDED)));
            return null;
        });
    }

    /** The people still employed who fit, shuffled, with the demo login for that role first; never a newcomer. */
    private static List<Member> pool(DemoWorld world, DemoOrganisation.Seeded organisation, UUID login,
                                     Predicate<Member> fits) {
        List<Member> candidates = organisation.everyone().stream().filter(m -> !m.leaver())
                .filter(m -> !organisation.isNewcomer(m)).filter(fits).toList();
        List<Member> shuffled = world.pickDistinct(candidates, candidates.size());
        return shuffled.stream().sorted(Comparator.comparing((Member m) -> !m.id().equals(login))).toList();
    }

    private void login(UUID tenantId, UUID personId, Set<Role> roles) {
        accounts.createInOpenTransaction(tenantId, personId, DemoWorld.PASSWORD, roles, null);
    }
}
