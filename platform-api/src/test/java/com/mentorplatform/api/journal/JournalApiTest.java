package com.mentorplatform.api.journal;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.journal.Entries.body;
import static com.mentorplatform.api.journal.Entries.titles;
import static com.mentorplatform.api.journal.Entries.with;
import static com.mentorplatform.api.journal.Entries.write;
import static org.assertj.core.api.Assertions.assertThat;

/** A mentee keeps their journal over HTTP: write, list, search, share, edit, delete, and bad input refused. */
class JournalApiTest {

    static TestTenant tenant;
    static Pairing pairing;
    static Pairing otherPairing;
    static String mentee;
    static UUID competency;

    @BeforeAll
    static void menteeInAPair() {
        tenant = TestTenant.create("Journal Co");
        pairing = TestWorkspace.activePair(tenant);
        otherPairing = TestWorkspace.activePair(tenant);
        mentee = pairing.mentee().token();
        competency = FrameworkFixtures.competency(tenant.admin().token(), "Stakeholder management " + UUID.randomUUID());
    }

    @Test
    void an_entry_is_private_unless_shared_and_comes_back_with_its_competencies_and_milestones_named() {
        UUID milestone = TestWorkspace.milestones(tenant, pairing.mentee().personId(), pairing.cohortId(), 1).get(0);
        Map<String, Object> request = with(with(body("Ran the planning meeting", "It went well.", false),
                "competencyIds", List.of(competency.toString())), "milestoneIds", List.of(milestone.toString()));
        request.remove("shared");

        Http.Response created = Http.post("/api/journal", mentee, request);
        Http.Response read = Http.get("/api/journal/" + created.string("id"), mentee);

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        JsonNode entry = read.json();
        assertThat(entry.get("shared").getBooleanValue()).isFalse();
        assertThat(entry.get("menteeId").getStringValue()).isEqualTo(pairing.mentee().personId().toString());
        assertThat(entry.get("competencies").get(0).get("name").getStringValue()).startsWith("Stakeholder management");
        assertThat(FrameworkFixtures.strings(entry.get("milestoneIds"))).containsExactly(milestone.toString());
    }

    @Test
    void own_entries_come_newest_first_by_date_in_keyset_pages() {
        String token = otherPairing.mentee().token();
        for (int daysAgo : List.of(3, 10, 1, 7, 5)) {
            write(token, with(body("Day minus " + daysAgo, "Notes", daysAgo % 2 == 0),
                    "entryOn", LocalDate.now().minusDays(daysAgo).toString()));
        }

        Http.Response first = Http.get("/api/journal?limit=2", token);
        Http.Response second = Http.get("/api/journal?limit=2&after=" + first.string("next"), token);
        Http.Response last = Http.get("/api/journal?limit=2&after=" + second.string("next"), token);

        assertThat(titles(first)).containsExactly("Day minus 1", "Day minus 3");
        assertThat(titles(second)).containsExactly("Day minus 5", "Day minus 7");
        assertThat(titles(last)).containsExactly("Day minus 10");
        assertThat(last.json().get("next").isNull()).isTrue();
    }

    @Test
    void search_finds_own_entries_best_match_first_with_the_matching_words_marked_in_a_safe_snippet() {
        write(mentee, "Salary talk", "Prepared the negotiation <script>alert(1)</script> with notes on negotiation "
                + "tactics and a negotiation checklist", false);
        write(mentee, "Team offsite", "We talked about negotiation once, then about hiring", true);
        write(mentee, "Unrelated", "Nothing about that topic at all", false);

        Http.Response found = Http.get("/api/journal?q=negotiation", mentee);
        Http.Response phrase = Http.get("/api/journal?q=%22negotiation%20checklist%22", mentee);
        Http.Response excluded = Http.get("/api/journal?q=negotiation%20-hiring", mentee);

        assertThat(titles(found)).containsExactly("Salary talk", "Team offsite");
        String snippet = found.json().get("items").get(0).get("snippet").getStringValue();
        assertThat(snippet).contains("<mark>negotiation</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(titles(phrase)).containsExactly("Salary talk");
        assertThat(titles(excluded)).containsExactly("Salary talk");
    }

    @Test
    void search_results_page_on_with_their_own_cursor() {
        String token = TestWorkspace.activePair(tenant).mentee().token();
        for (int i = 0; i < 5; i++) {
            write(token, "Retro " + i, "retrospective " + "retrospective ".repeat(i) + "and more", false);
        }

        Http.Response first = Http.get("/api/journal?q=retrospective&limit=3", token);
        Http.Response second = Http.get("/api/journal?q=retrospective&limit=3&after=" + first.string("next"), token);
        Http.Response plainWithSearchCursor = Http.get("/api/journal?after=" + first.string("next"), token);

        assertThat(titles(first)).containsExactly("Retro 4", "Retro 3", "Retro 2");
        assertThat(titles(second)).containsExactly("Retro 1", "Retro 0");
        assertThat(plainWithSearchCursor.status()).isEqualTo(400);
        assertThat(plainWithSearchCursor.text()).contains("\"field\":\"after\"");
    }

    @Test
    void the_author_shares_edits_unshares_and_deletes_an_entry_and_the_audit_never_holds_its_words() {
        UUID id = write(mentee, "Secret worry", "I doubt my manager supports me", false);

        Http.Response shared = Http.patch("/api/journal/" + id, mentee, Map.of("shared", true));
        Http.Response edited = Http.patch("/api/journal/" + id, mentee, Map.of("title", "A worry, shared"));
        Http.Response unshared = Http.patch("/api/journal/" + id, mentee, Map.of("shared", false));
        Http.Response deleted = Http.delete("/api/journal/" + id, mentee);
        Http.Response gone = Http.get("/api/journal/" + id, mentee);
        Http.Response trail = Http.get("/api/audit?entityType=journal_entry&entityId=" + id, tenant.admin().token());

        assertThat(shared.json().get("shared").getBooleanValue()).isTrue();
        assertThat(edited.string("title")).isEqualTo("A worry, shared");
        assertThat(edited.json().get("shared").getBooleanValue()).isTrue();
        assertThat(unshared.json().get("shared").getBooleanValue()).isFalse();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(trail.text()).contains("journal_entry.created", "journal_entry.shared", "journal_entry.updated",
                "journal_entry.unshared", "journal_entry.deleted");
        assertThat(trail.text()).doesNotContain("worry", "manager");
    }

    @Test
    void a_future_date_a_blank_title_or_a_body_over_twenty_thousand_characters_is_a_400_naming_it_and_nothing_is_stored() {
        String token = TestWorkspace.activePair(tenant).mentee().token();
        Map<String, Object> valid = body("Fine", "Fine body", false);

        Http.Response future = Http.post("/api/journal", token,
                with(valid, "entryOn", LocalDate.now().plusDays(2).toString()));
        Http.Response blank = Http.post("/api/journal", token, with(valid, "title", " "));
        Http.Response huge = Http.post("/api/journal", token, with(valid, "body", "x".repeat(20_001)));
        Http.Response badPatch = Http.patch("/api/journal/" + write(token, valid), token,
                Map.of("entryOn", LocalDate.now().plusDays(3).toString()));

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("\"field\":\"entryOn\"", "future");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text()).contains("\"field\":\"title\"");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.text()).contains("\"field\":\"body\"");
        assertThat(badPatch.status()).isEqualTo(400);
        assertThat(titles(Http.get("/api/journal", token))).containsExactly("Fine");
        assertThat(Http.get("/api/journal", token).json().get("items").get(0).get("entryOn").getStringValue())
                .isEqualTo(valid.get("entryOn"));
    }

    @Test
    void links_to_an_unknown_competency_or_to_another_mentees_milestone_are_400s_naming_them_and_nothing_is_stored() {
        Pairing fresh = TestWorkspace.activePair(tenant);
        String token = fresh.mentee().token();
        UUID othersMilestone = TestWorkspace.milestones(tenant, otherPairing.mentee().personId(),
                otherPairing.cohortId(), 1).get(0);
        UUID foreignCompetency = FrameworkFixtures.competency(TestTenant.create("Other Journal Co").admin().token(),
                "Foreign skill");
        Map<String, Object> valid = body("Linked", "Body", false);

        Http.Response badCompetency = Http.post("/api/journal", token,
                with(valid, "competencyIds", List.of(foreignCompetency.toString())));
        Http.Response othersMilestoneLinked = Http.post("/api/journal", token,
                with(valid, "milestoneIds", List.of(othersMilestone.toString())));

        assertThat(badCompetency.status()).isEqualTo(400);
        assertThat(badCompetency.text()).contains("\"field\":\"competencyIds\"");
        assertThat(othersMilestoneLinked.status()).isEqualTo(400);
        assertThat(othersMilestoneLinked.text()).contains("\"field\":\"milestoneIds\"", "own roadmaps");
        assertThat(titles(Http.get("/api/journal", token))).isEmpty();
    }

    @Test
    void only_mentees_write_journals() {
        Http.Response byMentor = Http.post("/api/journal", pairing.mentor().token(), body("Mine", "Text", false));
        Http.Response byHr = Http.post("/api/journal", tenant.admin().token(), body("Mine", "Text", false));

        assertThat(byMentor.status()).isEqualTo(403);
        assertThat(byHr.status()).isEqualTo(403);
    }
}
