package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small fixture builders for hand-written cohorts. */
final class Profiles {

    private Profiles() {
    }

    static MentorBuilder mentor(String id) {
        return new MentorBuilder(id);
    }

    static MenteeBuilder mentee(String id) {
        return new MenteeBuilder(id);
    }

    static final class MentorBuilder {
        private final String id;
        private String department = "Engineering";
        private int level = 6;
        private final Map<String, Integer> competencies = new HashMap<>();
        private final Set<String> languages = new HashSet<>(Set.of("English"));
        private WorkingHours hours = WorkingHours.nineToFive(0);
        private final Set<String> interests = new HashSet<>();
        private int capacity = 1;
        private int hoursPerMonth = 8;
        private final Set<String> avoid = new HashSet<>();
        private final Set<String> declined = new HashSet<>();

        private MentorBuilder(String id) {
            this.id = id;
        }

        MentorBuilder department(String value) { department = value; return this; }
        MentorBuilder level(int value) { level = value; return this; }
        MentorBuilder competency(String name, int value) { competencies.put(name, value); return this; }
        MentorBuilder speaksOnly(String... values) { languages.clear(); languages.addAll(List.of(values)); return this; }
        MentorBuilder hours(WorkingHours value) { hours = value; return this; }
        MentorBuilder interests(String... values) { interests.addAll(List.of(values)); return this; }
        MentorBuilder capacity(int value) { capacity = value; return this; }
        MentorBuilder avoids(String personId) { avoid.add(personId); return this; }
        MentorBuilder declines(String topic) { declined.add(topic); return this; }

        MentorProfile build() {
            return new MentorProfile(id, department, level, competencies, languages, hours, interests, capacity,
                    hoursPerMonth, avoid, declined);
        }
    }

    static final class MenteeBuilder {
        private final String id;
        private String department = "Product";
        private int level = 4;
        private final Map<String, Integer> current = new HashMap<>();
        private final Map<String, Integer> target = new HashMap<>();
        private final Set<String> languages = new HashSet<>(Set.of("English"));
        private WorkingHours hours = WorkingHours.nineToFive(0);
        private final Set<String> interests = new HashSet<>();
        private final List<String> preferred = new ArrayList<>();
        private final Set<String> avoid = new HashSet<>();
        private final List<String> chain = new ArrayList<>();
        private final Set<String> topics = new HashSet<>();

        private MenteeBuilder(String id) {
            this.id = id;
        }

        MenteeBuilder department(String value) { department = value; return this; }
        MenteeBuilder level(int value) { level = value; return this; }
        MenteeBuilder gap(String competency, int currentLevel, int requiredLevel) {
            current.put(competency, currentLevel);
            target.put(competency, requiredLevel);
            return this;
        }
        MenteeBuilder speaksOnly(String... values) { languages.clear(); languages.addAll(List.of(values)); return this; }
        MenteeBuilder hours(WorkingHours value) { hours = value; return this; }
        MenteeBuilder interests(String... values) { interests.addAll(List.of(values)); return this; }
        MenteeBuilder prefers(String... mentorIds) { preferred.addAll(List.of(mentorIds)); return this; }
        MenteeBuilder avoids(String personId) { avoid.add(personId); return this; }
        MenteeBuilder reportsTo(String... chainUpwards) { chain.addAll(List.of(chainUpwards)); return this; }
        MenteeBuilder wantsTopic(String topic) { topics.add(topic); return this; }

        MenteeProfile build() {
            return new MenteeProfile(id, department, level, current, target, languages, hours, interests, preferred,
                    avoid, chain, topics);
        }
    }
}
