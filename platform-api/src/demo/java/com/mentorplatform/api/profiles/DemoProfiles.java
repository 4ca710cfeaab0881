package com.mentorplatform.api.profiles;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import com.mentorplatform.api.seeding.DemoWorld.RoleProfile;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Filled-in mentor and mentee profiles for the people of the running and the enrolling cohort, as matching will
 * read them, and the two newcomers' written for each other.
 */
@Singleton
class DemoProfiles implements DemoStep {

    private static final Map<String, String> ZONES = Map.of("London", "Europe/London", "Berlin", "Europe/Berlin",
            "Lisbon", "Europe/Lisbon", "New York", "America/New_York", "Singapore", "Asia/Singapore");
    private static final Map<String, String> LOCAL_LANGUAGES = Map.of("Berlin", "de", "Lisbon", "pt");
    private static final List<String> SECOND_LANGUAGES = List.of("de", "fr", "es", "pl");
    private static final List<String> INTERESTS = List.of("distributed systems", "career growth", "public speaking",
            "product discovery", "data visualisation", "machine learning", "negotiation", "remote work",
            "open source", "writing", "hiring", "work-life balance");
    private static final List<String> TOPICS = List.of("promotion preparation", "career change", "conflict at work",
            "first management role", "salary negotiation", "technical interviews", "returning from leave",
            "relocation");
    private static final List<String> BIOS = List.of(
            "Has spent a decade in %s and enjoys helping people with %s.",
            "Came to %s from another field and likes to talk about %s.",
            "Leads a team in %s and is happiest mentoring on %s.",
            "Joined %s as a graduate and now helps others with %s.");
    private static final List<String> GOALS = List.of(
            "Grow towards %s within the next year, with help on %s.",
            "Prepare for a %s role and get better at %s.",
            "Understand what a %s does day to day and work on %s.");

    private static final int MAX_OFFERED = 5;
    private static final int TOP_LEVEL = 5;

    private final MentorProfileService mentorProfiles;
    private final MenteeProfileService menteeProfiles;

    DemoProfiles(MentorProfileService mentorProfiles, MenteeProfileService menteeProfiles) {
        this.mentorProfiles = mentorProfiles;
        this.menteeProfiles = menteeProfiles;
    }

    @Override
    public int order() {
        return 600;
    }

    /** Leaves each running mentee's target role, which their roadmap grows towards. */
    @Override
    public void seed(DemoWorld world) {
        Framework framework = world.get(DemoWorld.FRAMEWORK);
        Map<UUID, RoleProfile> targets = seed(world, framework, world.get(DemoWorld.RUNNING_MENTORS),
                world.get(DemoWorld.RUNNING_MENTEES));
        seed(world, framework, world.get(DemoWorld.ENROLLING_MENTORS), world.get(DemoWorld.ENROLLING_MENTEES));
        seedForEachOther(world, framework, world.logins().newMentor(), world.logins().newMentee());
        world.put(DemoWorld.TARGET_ROLES, targets);
    }

    /** @return each mentee's target role, by mentee id */
    private Map<UUID, RoleProfile> seed(DemoWorld world, Framework framework, List<Member> mentors, List<Member> mentees) {
        mentors.forEach(mentor -> mentorProfiles.replace(world.admin(), mentor.id(),
                world.valid(mentorProfile(world, framework, mentor))));
        Map<UUID, RoleProfile> targets = new HashMap<>();
        mentees.forEach(mentee -> {
            RoleProfile target = targetRole(world, framework, mentee);
            targets.put(mentee.id(), target);
            menteeProfiles.replace(world.admin(), mentee.id(), world.valid(menteeProfile(world, target, mentee, mentors)));
        });
        return Map.copyOf(targets);
    }

    /**
     * Profiles the new mentor and mentee wrote with each other in mind, so matching their cohort proposes this
     * pair whatever the other profiles drew: the mentor offers the competencies of the mentee's target role at
     * the top level, both share the office's languages and time zone and most interests, and the mentee asks
     * for this mentor.
     */
    private void seedForEachOther(DemoWorld world, Framework framework, Member mentor, Member mentee) {
        RoleProfile target = targetRole(world, framework, mentee);
        List<CompetencyLevel> ratings = selfRatings(world, target);
        List<CompetencyLevel> offered = ratings.stream()
                .sorted(Comparator.comparingInt(r -> r.level() - target.requirements().get(r.competencyId())))
                .limit(MAX_OFFERED).map(r -> new CompetencyLevel(r.competencyId(), TOP_LEVEL)).toList();
        // Four interests: two both have, and one each of their own.
        List<String> interests = world.pickDistinct(INTERESTS, 4);
        List<String> languages = languages(world, mentee);
        List<String> topics = world.pickDistinct(TOPICS, 2);
        String bio = BIOS.get(2).formatted(mentor.department().toLowerCase(Locale.ROOT), topics.get(0));
        mentorProfiles.replace(world.admin(), mentor.id(), world.valid(new MentorProfileRequest(offered, languages,
                ZONES.get(mentor.location()), interests.subList(0, 3), 12, bio, List.of())));
        String goals = GOALS.get(0).formatted(target.name(), topics.get(0));
        menteeProfiles.replace(world.admin(), mentee.id(), world.valid(new MenteeProfileRequest(target.id(), ratings,
                goals, languages, ZONES.get(mentee.location()), interests.subList(1, 4), topics, List.of(mentor.id()),
                List.of())));
    }

    private static MentorProfileRequest mentorProfile(DemoWorld world, Framework framework, Member mentor) {
        List<CompetencyLevel> offered = world.pickDistinct(framework.competencyIds(), world.between(3, 5)).stream()
                .map(id -> new CompetencyLevel(id, world.between(3, 5))).toList();
        List<String> interests = world.pickDistinct(INTERESTS, world.between(2, 4));
        String bio = world.pick(BIOS).formatted(mentor.department().toLowerCase(Locale.ROOT), interests.get(0));
        List<String> declined = world.oneIn(4) ? List.of(world.pick(TOPICS)) : List.of();
        return new MentorProfileRequest(offered, languages(world, mentor), ZONES.get(mentor.location()), interests,
                world.between(4, 12), bio, declined);
    }

    private static MenteeProfileRequest menteeProfile(DemoWorld world, RoleProfile target, Member mentee, List<Member> mentors) {
        List<CompetencyLevel> ratings = selfRatings(world, target);
        List<String> topics = world.pickDistinct(TOPICS, world.between(1, 2));
        String goals = world.pick(GOALS).formatted(target.name(), topics.get(0));
        List<UUID> others = mentors.stream().map(Member::id).filter(id -> !id.equals(mentee.id())).toList();
        List<UUID> preferred = world.pickDistinct(others, world.between(0, 3));
        List<UUID> notPreferred = others.stream().filter(id -> !preferred.contains(id)).toList();
        List<UUID> avoided = world.oneIn(6) && !notPreferred.isEmpty() ? List.of(world.pick(notPreferred)) : List.of();
        return new MenteeProfileRequest(target.id(), ratings, goals, languages(world, mentee), ZONES.get(mentee.location()),
                world.pickDistinct(INTERESTS, world.between(2, 4)), topics, preferred, avoided);
    }

    /** Self-ratings one or two levels below what the target role asks: the gaps mentoring should close. */
    private static List<CompetencyLevel> selfRatings(DemoWorld world, RoleProfile target) {
        return target.requirements().entrySet().stream()
                .map(r -> new CompetencyLevel(r.getKey(), Math.max(1, r.getValue() - world.between(1, 2)))).toList();
    }

    /** A role in the mentee's own family when the framework has one, else any role. */
    private static RoleProfile targetRole(DemoWorld world, Framework framework, Member mentee) {
        List<RoleProfile> own = framework.roles().stream().filter(r -> r.family().equals(mentee.department())).toList();
        return world.pick(own.isEmpty() ? framework.roles() : own);
    }

    /** English, the local language where the office has one, and now and then a second language. */
    private static List<String> languages(DemoWorld world, Member member) {
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        if (LOCAL_LANGUAGES.containsKey(member.location())) {
            languages.add(LOCAL_LANGUAGES.get(member.location()));
        }
        if (world.oneIn(3)) {
            languages.add(world.pick(SECOND_LANGUAGES));
        }
        return new ArrayList<>(languages);
    }
}
