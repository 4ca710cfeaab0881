package com.mentorplatform.api.seeding;

import com.mentorplatform.api.security.Caller;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A mentee's demo evidence, collected by the evidence feature while the journal's step writes that mentee's
 * journal: the two draw from the same numbers in turn, mentee by mentee, so each step stays in its own feature
 * and the data stays what it was when one class seeded both.
 */
public interface DemoEvidence {

    /**
     * Adds one to three pieces of evidence (the showcase set when {@code rich}), each linked to its competency
     * and to {@code milestonesDeveloping} that competency (by name); answers how many.
     */
    int collect(DemoWorld world, Caller mentee, boolean rich, Function<String, List<UUID>> milestonesDeveloping);
}
