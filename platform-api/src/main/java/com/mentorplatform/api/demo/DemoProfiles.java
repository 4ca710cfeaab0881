package com.mentorplatform.api.demo;

import com.mentorplatform.api.demo.DemoFramework.Framework;
import com.mentorplatform.api.demo.DemoFramework.Role;
import com.mentorplatform.api.demo.DemoOrganisation.Member;
import com.mentorplatform.api.profiles.CompetencyLevel;
import com.mentorplatform.api.profiles.MenteeProfileRequest;
import com.mentorplatform.api.profiles.MenteeProfileService;
import com.mentorplatform.api.profiles.MentorProfileRequest;
import com.mentorplatform.api.profiles.MentorProfileService;
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

/** Filled-in mentor and mentee profiles for the people of a cohort, as matching will read them. */
@Singleton
class DemoProfiles {

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

    /** @return each mentee's target role, by mentee id */
    Map<UUID, Role> seed(DemoRun run, Framework framework, List<Member> mentors, List<Member> mentees) {
        mentors.forEach(mentor -> mentorProfiles.replace(run.admin(), mentor.id(),
                run.valid(mentorProfile(run, framework, mentor))));
        Map<UUID, Role> targets = new HashMap<>();
        mentees.forEach(mentee -> {
            Role target = targetRole(run, framework, mentee);
            targets.put(mentee.id(), target);
            menteeProfiles.replace(run.admin(), mentee.id(), run.valid(menteeProfile(run, target, mentee, mentors)));
        });
        return Map.copyOf(targets);
    }

    /**
     * Profiles the new mentor and mentee wrote with each other in mind, so matching their cohort proposes this
     * pair whatever the other profiles drew: the mentor offers the competencies of the mentee's target role at
     * the top level, both share the office's languages and time zone and most interests, and the mentee asks
     * for this mentor.
     */
    void seedForEachOther(DemoRun run, Framework framework, Member mentor, Member mentee) {
        Role target = targetRole(run, framework, mentee);
        List<CompetencyLevel> ratings = selfRatings(run, target);
        List<CompetencyLevel> offered = ratings.stream()
                .sorted(Comparator.comparingInt(r -> r.level() - target.requirements().get(r.competencyId())))
                .limit(MAX_OFFERED).map(r -> new CompetencyLevel(r.competencyId(), TOP_LEVEL)).toList();
        // Four interests: two both have, and one each of their own.
        List<String> interests = run.pickDistinct(INTERESTS, 4);
        List<String> languages = languages(run, mentee);
        List<String> topics = run.pickDistinct(TOPICS, 2);
        String bio = BIOS.get(2).formatted(mentor.department().toLowerCase(Locale.ROOT), topics.get(0));
        mentorProfiles.replace(run.admin(), mentor.id(), run.valid(new MentorProfileRequest(offered, languages,
                ZONES.get(mentor.location()), interests.subList(0, 3), 12, bio, List.of())));
        String goals = GOALS.get(0).formatted(target.name(), topics.get(0));
        menteeProfiles.replace(run.admin(), mentee.id(), run.valid(new MenteeProfileRequest(target.id(), ratings,
                goals, languages, ZONES.get(mentee.location()), interests.subList(1, 4), topics, List.of(mentor.id()),
                List.of())));
    }

    private static MentorProfileRequest mentorProfile(DemoRun run, Framework framework, Member mentor) {
        List<CompetencyLevel> offered = run.pickDistinct(framework.competencyIds(), run.between(3, 5)).stream()
                .map(id -> new CompetencyLevel(id, run.between(3, 5))).toList();
        List<String> interests = run.pickDistinct(INTERESTS, run.between(2, 4));
        String bio = run.pick(BIOS).formatted(mentor.department().toLowerCase(Locale.ROOT), interests.get(0));
        List<String> declined = run.oneIn(4) ? List.of(run.pick(TOPICS)) : List.of();
        return new MentorProfileRequest(offered, languages(run, mentor), ZONES.get(mentor.location()), interests,
                run.between(4, 12), bio, declined);
    }

    private static MenteeProfileRequest menteeProfile(DemoRun run, Role target, Member mentee, List<Member> mentors) {
        List<CompetencyLevel> ratings = selfRatings(run, target);
        List<String> topics = run.pickDistinct(TOPICS, run.between(1, 2));
        String goals = run.pick(GOALS).formatted(target.name(), topics.get(0));
        List<UUID> others = mentors.stream().map(Member::id).filter(id -> !id.equals(mentee.id())).toList();
        List<UUID> preferred = run.pickDistinct(others, run.between(0, 3));
        List<UUID> notPreferred = others.stream().filter(id -> !preferred.contains(id)).toList();
        List<UUID> avoided = run.oneIn(6) && !notPreferred.isEmpty() ? List.of(run.pick(notPreferred)) : List.of();
        return new MenteeProfileRequest(target.id(), ratings, goals, languages(run, mentee), ZONES.get(mentee.location()),
                run.pickDistinct(INTERESTS, run.between(2, 4)), topics, preferred, avoided);
    }

    /** Self-ratings one or two levels below what the target role asks: the gaps mentoring should close. */
    private static List<CompetencyLevel> selfRatings(DemoRun run, Role target) {
        return target.requirements().entrySet().stream()
                .map(r -> new CompetencyLevel(r.getKey(), Math.max(1, r.getValue() - run.between(1, 2)))).toList();
    }

    /** A role in the mentee's own family when the framework has one, else any role. */
    private static Role targetRole(DemoRun run, Framework framework, Member mentee) {
        List<Role> own = framework.roles().stream().filter(r -> r.family().equals(mentee.department())).toList();
        return run.pick(own.isEmpty() ? framework.roles() : own);
    }

    /** English, the local language where the office has one, and now and then a second language. */
    private static List<String> languages(DemoRun run, Member member) {
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        if (LOCAL_LANGUAGES.containsKey(member.location())) {
            languages.add(LOCAL_LANGUAGES.get(member.location()));
        }
        if (run.oneIn(3)) {
            languages.add(run.pick(SECOND_LANGUAGES));
        }
        return new ArrayList<>(languages);
    }
}
