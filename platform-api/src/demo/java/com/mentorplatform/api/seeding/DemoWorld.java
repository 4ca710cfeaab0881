package com.mentorplatform.api.seeding;

import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.validation.validator.Validator;
import jakarta.validation.ConstraintViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One demo tenant being seeded: the demo admin every change is made as (unless a step acts as a mentor or
 * mentee), the day it happens, random numbers drawn from the tenant's slug so the same slug always gets the
 * same data, and what each step made for the later ones, under a {@link Key}.
 */
@Published
public final class DemoWorld {

    /** The password of every demo login. */
    public static final String PASSWORD = "demo-password-1";

    /** Someone in the directory, with what enrolment and profiles need to know about them. */
    public record Member(UUID id, int level, String department, String location, boolean leaver) {
    }

    /**
     * The people with a demo login: a mentor and a mentee in the running cohort, a leader, a programme manager
     * ({@code manager@}), and the new mentor and mentee ({@code new-mentor@}, {@code new-mentee@}) waiting in
     * the enrolling cohort to be matched.
     */
    public record Logins(UUID mentor, UUID mentee, UUID leader, UUID manager, Member newMentor, Member newMentee) {
    }

    /** A role profile of the framework: its required level by competency id. */
    public record RoleProfile(UUID id, String name, String family, Map<UUID, Integer> requirements) {
    }

    /** The competency framework: competency ids by name, and the role profiles. */
    public record Framework(Map<String, UUID> competencies, List<RoleProfile> roles) {

        public List<UUID> competencyIds() {
            return List.copyOf(competencies.values());
        }

        /** The name of one of the framework's competencies. */
        public String nameOf(UUID competencyId) {
            return competencies.entrySet().stream().filter(e -> e.getValue().equals(competencyId))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No demo competency " + competencyId));
        }
    }

    /** A calendar event, by the day it starts. */
    public record DatedEvent(UUID id, LocalDate startsOn) {
    }

    /** The three cohorts: one running, one enrolling and one finished. */
    public record Cohorts(UUID running, UUID enrolling, UUID finished) {
    }

    /**
     * What a demo roadmap shows. Each sub-package of roadmaps plays its part of the story in turn: milestones
     * reached and endorsed, awaiting the mentor, sent back, overdue, only planned or dropped (with a review);
     * {@code OVER_LIMIT} awaits the mentor with more experiments running than the limit; {@code SHOWCASE} is the
     * demo mentee's rich roadmap.
     */
    public enum Story { SHOWCASE, ENDORSED, AWAITING_MENTOR, OVER_LIMIT, SENT_BACK, OVERDUE, PLANNED, DROPPED }

    /**
     * A running mentee's roadmap, with their mentor. All but the showcase grow three competencies of the
     * target role, one milestone each in this order, the first two due on {@code dueOn} (drawn with the
     * roadmap, so the slug's numbers come in the order they always did) and the third at the next promotion round.
     */
    public record Roadmap(UUID id, UUID menteeId, UUID mentorId, Story story, List<UUID> competencies,
                          List<LocalDate> dueOn) {

        public Caller mentee(DemoWorld world) {
            return new Caller(menteeId, world.tenantId(), EnumSet.of(Role.MENTEE));
        }

        public Caller mentor(DemoWorld world) {
            return new Caller(mentorId, world.tenantId(), EnumSet.of(Role.MENTOR));
        }
    }

    /** A milestone of a mentee's roadmap, and the competencies it develops. */
    public record Milestone(UUID id, List<UUID> competencies) {
    }

    /** A pair made from the running cohort's matching run. */
    public record Pair(UUID id, UUID mentorId, UUID menteeId) {
    }

    /** What a step leaves for later ones, named for the message when a step asks before it was made. */
    public static final class Key<T> {

        private final String name;

        private Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final Key<Logins> LOGINS = new Key<>("the demo logins");
    /** People who may mentor, the demo mentor login first; never a newcomer. */
    public static final Key<List<Member>> MENTOR_POOL = new Key<>("the mentors' pool");
    /** People who may be mentored, the demo mentee login first; never a newcomer. */
    public static final Key<List<Member>> MENTEE_POOL = new Key<>("the mentees' pool");
    public static final Key<Framework> FRAMEWORK = new Key<>("the competency framework");
    /** The promotion rounds of the calendar, soonest first. */
    public static final Key<List<DatedEvent>> PROMOTION_ROUNDS = new Key<>("the promotion rounds");
    public static final Key<Cohorts> COHORTS = new Key<>("the cohorts");
    /** How often the running cohort's pairs are expected to meet. */
    public static final Key<Integer> RUNNING_CADENCE_DAYS = new Key<>("the running cohort's cadence");
    /** The running cohort's mentors and mentees in enrolment order (the withdrawn mentee among them). */
    public static final Key<List<Member>> RUNNING_MENTORS = new Key<>("the running cohort's mentors");
    public static final Key<List<Member>> RUNNING_MENTEES = new Key<>("the running cohort's mentees");
    /** The enrolling cohort's people from the pools (the newcomers beside them are not listed). */
    public static final Key<List<Member>> ENROLLING_MENTORS = new Key<>("the enrolling cohort's mentors");
    public static final Key<List<Member>> ENROLLING_MENTEES = new Key<>("the enrolling cohort's mentees");
    /** Each running mentee's target role, by mentee id. */
    public static final Key<Map<UUID, RoleProfile>> TARGET_ROLES = new Key<>("the mentees' target roles");
    /** The running cohort's roadmaps, in the mentees' enrolment order. */
    public static final Key<List<Roadmap>> ROADMAPS = new Key<>("the mentees' roadmaps");
    /** The milestones of each running mentee's roadmaps in roadmap order, by mentee id (none without a roadmap). */
    public static final Key<Map<UUID, List<Milestone>>> MILESTONES = new Key<>("the mentees' milestones");
    /** The pairs accepted from the running cohort's matching run, in the run's order. */
    public static final Key<List<Pair>> PAIRS = new Key<>("the running cohort's pairs");

    private final Caller admin;
    private final LocalDate today;
    private final Random random;
    private final Validator validator;
    private final Map<Key<?>, Object> made = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public DemoWorld(Caller admin, LocalDate today, Random random, Validator validator) {
        this.admin = admin;
        this.today = today;
        this.random = random;
        this.validator = validator;
    }

    public Caller admin() {
        return admin;
    }

    public UUID tenantId() {
        return admin.tenantId();
    }

    public LocalDate today() {
        return today;
    }

    public Random random() {
        return random;
    }

    /** The demo logins: a shorthand for {@code get(LOGINS)}, which nearly every step reads. */
    public Logins logins() {
        return get(LOGINS);
    }

    public <T> void put(Key<T> key, T value) {
        if (made.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("Two demo steps made " + key);
        }
    }

    /** What an earlier step made; fails when none did, which means the steps' order is wrong. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object value = made.get(key);
        if (value == null) {
            throw new IllegalStateException("No earlier demo step made " + key);
        }
        return (T) value;
    }

    /** Notes how many of something a step made, for the log ({@code "check-ins"}, 250). */
    public void count(String what, int howMany) {
        counts.merge(what, howMany, Integer::sum);
    }

    /** Everything counted, in the order the steps counted it. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The request, after the Bean Validation a controller would run on it: the services check only their own
     * rules, and demo data must pass everything a user's request passes.
     */
    public <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo " + request.getClass().getSimpleName() + ": "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining(", ")));
        }
        return request;
    }

    /** A whole number in [from, to]. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Whether a one-in-{@code n} chance came up. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code count} different items, in random order. */
    public <T> List<T> pickDistinct(List<T> items, int count) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
