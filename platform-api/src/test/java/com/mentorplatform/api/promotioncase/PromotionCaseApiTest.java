package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Exporting a promotion case over HTTP: formats, what may go in, privacy, and who may export it. */
class PromotionCaseApiTest {

    private static final String PDF = "application/pdf";
    private static final String SECRET_JOURNAL = "Secret journal: I doubt my manager";
    private static final String SECRET_NOTE = "Private note: thinking of leaving";

    static CaseWorld world;
    static CaseWorld neighbour;
    static CaseWorld foreign;

    @BeforeAll
    static void twoMenteesInOneTenantAndOneElsewhere() {
        TestTenant tenant = TestTenant.create("Case Co");
        world = CaseWorld.create(tenant, "Tara");
        neighbour = CaseWorld.create(tenant, "Nina");
        foreign = CaseWorld.create(TestTenant.create("Elsewhere Ltd"), "Olga");
        privateContentLinkedTo(world);
    }

    @Test
    void the_mentee_downloads_a_pdf_with_the_chosen_milestone_and_evidence() throws IOException {
        HttpResponse<byte[]> pdf = export(world, menteeToken(world), List.of(world.reachedId()),
                List.of(world.evidenceId()), "pdf");
        // Kept for a person to look at (render it to PNG); the build never needs it.
        Files.write(Path.of("target", "promotion-case-api.pdf"), pdf.body());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).hasValue(PDF);
        assertThat(pdf.headers().firstValue("content-disposition")).get().asString()
                .startsWith("attachment; filename=\"promotion-case-").endsWith(".pdf\"");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(PdfText.of(pdf.body())).contains("Tara ran the Q3 planning", "Tara's planning retrospective",
                "Forecast error fell from 12% to 7%", "Tara brought two sceptical teams along", "Tara leads the analytics team")
                .doesNotContain("Tara coaches a new analyst");
    }

    @Test
    void the_mentee_downloads_markdown_by_format_or_by_accept_header() {
        HttpResponse<byte[]> byFormat = export(world, menteeToken(world), List.of(world.reachedId()),
                List.of(world.evidenceId()), "markdown");
        HttpResponse<byte[]> byAccept = CaseWorld.export(world.path(), menteeToken(world),
                CaseWorld.body(List.of(world.reachedId()), List.of(), null), "text/markdown");

        assertThat(byFormat.statusCode()).isEqualTo(200);
        assertThat(byFormat.headers().firstValue("content-type")).get().asString().startsWith("text/markdown");
        assertThat(byFormat.headers().firstValue("content-disposition")).get().asString().endsWith(".md\"");
        assertThat(text(byFormat)).startsWith("# Promotion case: ")
                .contains("## Milestones reached", "### Tara ran the Q3 planning", "## Evidence",
                        "### Tara's planning retrospective (Link)", "Forecast error fell from 12% to 7%");
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(text(byAccept)).contains("### Tara ran the Q3 planning").doesNotContain("## Evidence");
    }

    @Test
    void private_journal_entries_and_private_check_in_notes_never_appear_in_a_case() {
        String markdown = text(export(world, menteeToken(world), List.of(world.reachedId()), List.of(world.evidenceId()),
                "markdown"));
        String pdf = PdfText.of(export(world, menteeToken(world), List.of(world.reachedId()),
                List.of(world.evidenceId()), "pdf").body());

        assertThat(markdown).doesNotContain(SECRET_JOURNAL, SECRET_NOTE);
        assertThat(pdf).doesNotContain(SECRET_JOURNAL, SECRET_NOTE);
    }

    @Test
    void the_mentor_of_the_active_pair_may_preview_the_case() {
        HttpResponse<byte[]> preview = export(world, world.pairing().mentor().token(), List.of(world.reachedId()),
                List.of(), "markdown");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(text(preview)).contains("Tara ran the Q3 planning");
    }

    @Test
    void a_milestone_of_another_mentee_or_not_yet_reached_is_refused_naming_milestone_ids() {
        assertThat(problem(export(world, menteeToken(world), List.of(neighbour.reachedId()), List.of(), "pdf")))
                .isEqualTo("400 milestoneIds");
        assertThat(problem(export(world, menteeToken(world), List.of(world.openId()), List.of(), "pdf")))
                .isEqualTo("400 milestoneIds");
        assertThat(problem(export(world, menteeToken(world), List.of(UUID.randomUUID().toString()), List.of(), "pdf")))
                .isEqualTo("400 milestoneIds");
    }

    @Test
    void evidence_of_another_mentee_is_refused_naming_evidence_ids() {
        assertThat(problem(export(world, menteeToken(world), List.of(), List.of(neighbour.evidenceId()), "pdf")))
                .isEqualTo("400 evidenceIds");
        assertThat(problem(export(world, menteeToken(world), List.of(world.reachedId()),
                List.of(foreign.evidenceId()), "pdf"))).isEqualTo("400 evidenceIds");
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        assertThat(problem(export(world, menteeToken(world), List.of(world.reachedId()), List.of(), "docx")))
                .isEqualTo("400 format");
        assertThat(problem(export(world, menteeToken(world), List.of(), List.of(), "pdf")))
                .isEqualTo("400 milestoneIds,evidenceIds");
        HttpResponse<byte[]> notAnId = CaseWorld.export(world.path(), menteeToken(world),
                "{\"milestoneIds\": [\"not-a-uuid\"]}", PDF);
        assertThat(notAnId.statusCode()).isEqualTo(400);
    }

    @Test
    void another_tenant_gets_404_both_ways() {
        assertThat(export(world, menteeToken(foreign), List.of(world.reachedId()), List.of(), "pdf").statusCode())
                .isEqualTo(404);
        assertThat(export(world, foreign.pairing().mentor().token(), List.of(world.reachedId()), List.of(), "pdf")
                .statusCode()).isEqualTo(404);
        assertThat(export(foreign, menteeToken(world), List.of(foreign.reachedId()), List.of(), "pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_mentor_of_someone_else_and_another_mentee_get_404() {
        assertThat(export(world, neighbour.pairing().mentor().token(), List.of(world.reachedId()), List.of(), "pdf")
                .statusCode()).isEqualTo(404);
        assertThat(export(world, menteeToken(neighbour), List.of(world.reachedId()), List.of(), "pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void hr_and_leaders_may_not_export_a_case() {
        assertThat(export(world, world.tenant().admin().token(), List.of(world.reachedId()), List.of(), "pdf")
                .statusCode()).isEqualTo(403);
        assertThat(export(world, world.tenant().user(Role.LEADER).token(), List.of(world.reachedId()), List.of(), "pdf")
                .statusCode()).isEqualTo(403);
    }

    private static HttpResponse<byte[]> export(CaseWorld target, String token, List<String> milestones,
                                               List<String> evidence, String format) {
        return CaseWorld.export(target.path(), token, CaseWorld.body(milestones, evidence, format), PDF + ", "
                + CaseFormat.MARKDOWN_TYPE + ", application/problem+json");
    }

    private static String menteeToken(CaseWorld w) {
        return w.pairing().mentee().token();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** "400 field,field" for a problem naming fields. */
    private static String problem(HttpResponse<byte[]> response) {
        JsonNode json = new Http.Response(response.statusCode(), response.headers(), text(response)).json();
        List<String> fields = new ArrayList<>();
        json.get("violations").values().forEach(v -> fields.add(v.get("field").getStringValue()));
        return response.statusCode() + " " + String.join(",", fields);
    }

    /** A private journal entry about the milestone and a private check-in note, written straight into the database. */
    private static void privateContentLinkedTo(CaseWorld w) {
        TestTenant.inTenant(w.tenant().id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH j AS (INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body, shared)
                               VALUES (?, gen_random_uuid(), ?, current_date, ?, ?, false) RETURNING tenant_id, id),
                         jm AS (INSERT INTO journal_entry_milestones SELECT j.tenant_id, j.id, ? FROM j),
                         c AS (INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, created_by)
                               VALUES (?, gen_random_uuid(), ?, 'HELD', now(), ?) RETURNING tenant_id, id)
                    INSERT INTO check_in_private_notes (tenant_id, check_in_id, author_id, note)
                    SELECT c.tenant_id, c.id, ?, ? FROM c""")) {
                UUID mentee = w.pairing().mentee().personId();
                insert.setObject(1, w.tenant().id());
                insert.setObject(2, mentee);
                insert.setString(3, SECRET_JOURNAL);
                insert.setString(4, SECRET_JOURNAL + " and more");
                insert.setObject(5, UUID.fromString(w.reachedId()));
                insert.setObject(6, w.tenant().id());
                insert.setObject(7, w.pairing().pairId());
                insert.setObject(8, mentee);
                insert.setObject(9, mentee);
                insert.setString(10, SECRET_NOTE);
                insert.executeUpdate();
            }
        });
    }
}
