package com.mentorplatform.api.journal;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.journal.Entries.titles;
import static com.mentorplatform.api.journal.Entries.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private entry reaches its author only: not the mentor, HR, a leader, another mentee, nor anyone's
 * search. A shared entry reaches the mentor of an active pair, and a former mentor only what was written
 * before the pair ended; HR and leaders never read a journal.
 */
class JournalPrivacyTest {

    static TestTenant tenant;
    static Pairing pairing;
    static Pairing otherPairing;
    static TestUser leader;
    static UUID privateEntry;
    static UUID sharedEntry;

    @BeforeAll
    static void menteeWithAPrivateAndASharedEntry() {
        tenant = TestTenant.create("Privacy Co");
        pairing = TestWorkspace.activePair(tenant);
        otherPairing = TestWorkspace.activePair(tenant);
        leader = tenant.user(Role.LEADER);
        String mentee = pairing.mentee().token();
        privateEntry = write(mentee, "Private doubts", "confidential worry about my promotion", false);
        sharedEntry = write(mentee, "Shared progress", "confidential? no, a shared note about my promotion", true);
    }

    @Test
    void the_active_mentor_reads_the_shared_entry_and_not_the_private_one() {
        String mentor = pairing.mentor().token();

        Http.Response list = Http.get("/api/journal?menteeId=" + pairing.mentee().personId(), mentor);

        assertThat(titles(list)).containsExactly("Shared progress");
        assertThat(Http.get("/api/journal/" + sharedEntry, mentor).status()).isEqualTo(200);
        assertThat(Http.get("/api/journal/" + privateEntry, mentor).status()).isEqualTo(404);
    }

    @Test
    void hr_leaders_another_mentee_and_another_mentor_reach_neither_entry() {
        List<String> outsiders = List.of(tenant.admin().token(), leader.token(), otherPairing.mentee().token(),
                otherPairing.mentor().token());

        for (String outsider : outsiders) {
            assertThat(Http.get("/api/journal/" + privateEntry, outsider).status()).isEqualTo(404);
            assertThat(Http.get("/api/journal/" + sharedEntry, outsider).status()).isEqualTo(404);
            assertThat(Http.get("/api/journal?menteeId=" + pairing.mentee().personId(), outsider).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void nobody_but_the_author_finds_an_entry_by_searching() {
        List<String> others = List.of(pairing.mentor().token(), tenant.admin().token(), leader.token(),
                otherPairing.mentee().token());

        for (String other : others) {
            Http.Response ownSearch = Http.get("/api/journal?q=confidential", other);
            Http.Response searchOfTheMentee = Http.get("/api/journal?q=confidential&menteeId="
                    + pairing.mentee().personId(), other);
            assertThat(ownSearch.status()).isEqualTo(200);
            assertThat(titles(ownSearch)).isEmpty();
            assertThat(searchOfTheMentee.status()).isEqualTo(400);
        }
        assertThat(titles(Http.get("/api/journal?q=confidential", pairing.mentee().token())))
                .containsExactlyInAnyOrder("Private doubts", "Shared progress");
    }

    @Test
    void the_mentor_changes_nothing_in_the_journal() {
        String mentor = pairing.mentor().token();

        Http.Response patched = Http.patch("/api/journal/" + sharedEntry, mentor, Map.of("title", "Rewritten"));
        Http.Response deleted = Http.delete("/api/journal/" + sharedEntry, mentor);

        assertThat(patched.status()).isEqualTo(404);
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(Http.get("/api/journal/" + sharedEntry, pairing.mentee().token()).string("title"))
                .isEqualTo("Shared progress");
    }

    @Test
    void a_former_mentor_reads_the_entries_shared_when_the_pair_ended_and_nothing_written_or_shared_since() {
        Pairing ending = TestWorkspace.activePair(tenant);
        String mentee = ending.mentee().token();
        write(mentee, "Before the end", "shared while the pair ran", true);
        UUID privateBefore = write(mentee, "Private before", "never shared", false);
        TestWorkspace.move(tenant, ending.pairId(), "COMPLETED");
        UUID after = write(mentee, "After the end", "shared with whoever mentors me next", true);
        Http.patch("/api/journal/" + privateBefore, mentee, Map.of("shared", true));
        String formerMentor = ending.mentor().token();

        Http.Response list = Http.get("/api/journal?menteeId=" + ending.mentee().personId(), formerMentor);

        assertThat(titles(list)).containsExactly("Before the end");
        assertThat(Http.get("/api/journal/" + after, formerMentor).status()).isEqualTo(404);
    }
}
