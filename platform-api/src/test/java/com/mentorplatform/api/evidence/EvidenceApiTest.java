package com.mentorplatform.api.evidence;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.evidence.Uploads.add;
import static com.mentorplatform.api.evidence.Uploads.file;
import static com.mentorplatform.api.evidence.Uploads.link;
import static com.mentorplatform.api.evidence.Uploads.upload;
import static com.mentorplatform.api.evidence.Uploads.with;
import static org.assertj.core.api.Assertions.assertThat;

/** A mentee collects evidence over HTTP: links checked, milestones their own, files checked and sent back intact. */
class EvidenceApiTest {

    static TestTenant tenant;
    static Pairing pairing;
    static String mentee;
    static UUID competency;
    static UUID milestone;

    @BeforeAll
    static void menteeWithAMilestone() {
        tenant = TestTenant.create("Evidence Co");
        pairing = TestWorkspace.activePair(tenant);
        mentee = pairing.mentee().token();
        competency = FrameworkFixtures.competency(tenant.admin().token(), "Delivery " + UUID.randomUUID());
        milestone = TestWorkspace.milestones(tenant, pairing.mentee().personId(), pairing.cohortId(), 2).get(0);
    }

    @Test
    void a_link_is_kept_with_its_impact_competencies_and_milestones_and_found_by_milestone() {
        Map<String, Object> body = with(with(link("Release dashboard", "HTTPS://dash.example.com/releases?q=1"),
                "competencyIds", List.of(competency.toString())), "milestoneIds", List.of(milestone.toString()));

        Http.Response created = Http.post("/api/evidence", mentee, body);
        Http.Response byMilestone = Http.get("/api/evidence?milestoneId=" + milestone, mentee);
        Http.Response byOtherMilestone = Http.get("/api/evidence?milestoneId=" + UUID.randomUUID(), mentee);

        assertThat(created.status()).isEqualTo(201);
        JsonNode evidence = created.json();
        assertThat(evidence.get("url").getStringValue()).isEqualTo("https://dash.example.com/releases?q=1");
        assertThat(evidence.get("impact").getStringValue()).contains("two days");
        assertThat(evidence.get("file").isNull()).isTrue();
        assertThat(evidence.get("competencies").get(0).get("id").getStringValue()).isEqualTo(competency.toString());
        assertThat(FrameworkFixtures.strings(evidence.get("milestoneIds"))).containsExactly(milestone.toString());
        assertThat(byMilestone.json().get("items").get(0).get("id").getStringValue()).isEqualTo(created.string("id"));
        assertThat(byOtherMilestone.json().get("items").size()).isZero();
    }

    @Test
    void an_address_that_is_not_http_with_a_host_is_a_400_naming_url_and_nothing_is_stored() {
        String token = TestWorkspace.activePair(tenant).mentee().token();
        List<String> bad = List.of("ftp://files.example.com/a", "javascript:alert(1)", "https://", "not a url",
                "https://user:secret@example.com/");

        for (String url : bad) {
            Http.Response refused = Http.post("/api/evidence", token, link("Bad " + url, url));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.text()).as(url).contains("\"field\":\"url\"");
        }
        Http.Response missing = Http.post("/api/evidence", token, with(link("No address", null), "url", null));
        Http.Response fileWithUrl = Http.post("/api/evidence", token, with(file("A file"), "url", "https://x.example"));
        assertThat(missing.text()).contains("\"field\":\"url\"");
        assertThat(fileWithUrl.text()).contains("\"field\":\"url\"");
        assertThat(Http.get("/api/evidence", token).json().get("items").size()).isZero();
    }

    @Test
    void a_mentees_evidence_pages_newest_first_with_each_item_once_and_a_foreign_cursor_is_a_400() {
        String collector = TestWorkspace.activePair(tenant).mentee().token();
        List<String> added = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            added.add(0, add(collector, link("Talk " + i, "https://talks.example.com/" + i)).toString());
        }

        List<String> seen = new ArrayList<>();
        int pages = 0;
        String after = null;
        do {
            JsonNode page = Http.get("/api/evidence?limit=2" + (after == null ? "" : "&after=" + after), collector).json();
            page.get("items").values().forEach(item -> seen.add(item.get("id").getStringValue()));
            after = page.get("next").isNull() ? null : page.get("next").getStringValue();
            pages++;
        } while (after != null);
        Http.Response forged = Http.get("/api/evidence?after=not-a-cursor", collector);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(added);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text()).contains("\"field\":\"after\"");
    }

    @Test
    void a_milestone_of_another_mentee_or_an_unknown_competency_is_a_400_naming_it() {
        Pairing other = TestWorkspace.activePair(tenant);
        UUID othersMilestone = TestWorkspace.milestones(tenant, other.mentee().personId(), other.cohortId(), 1).get(0);

        Http.Response others = Http.post("/api/evidence", mentee,
                with(link("Borrowed", "https://example.com"), "milestoneIds", List.of(othersMilestone.toString())));
        Http.Response unknown = Http.post("/api/evidence", mentee,
                with(link("Unknown", "https://example.com"), "competencyIds", List.of(UUID.randomUUID().toString())));
        Http.Response patched = Http.patch("/api/evidence/" + add(mentee, link("Mine", "https://example.com")), mentee,
                Map.of("milestoneIds", List.of(othersMilestone.toString())));

        assertThat(others.status()).isEqualTo(400);
        assertThat(others.text()).contains("\"field\":\"milestoneIds\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("\"field\":\"competencyIds\"");
        assertThat(patched.status()).isEqualTo(400);
        assertThat(Http.get("/api/evidence", other.mentee().token()).json().get("items").size()).isZero();
    }

    @Test
    void a_file_goes_up_and_comes_back_byte_for_byte_with_its_type_name_and_a_nosniff_header() throws Exception {
        UUID id = add(mentee, file("Outcome report"));

        Http.Response uploaded = upload(mentee, id, Files.PDF, "application/pdf", "Outcome report Q3.pdf");
        HttpResponse<byte[]> downloaded = Uploads.download(mentee, id);

        assertThat(uploaded.status()).isEqualTo(200);
        JsonNode file = uploaded.json().get("file");
        assertThat(file.get("name").getStringValue()).isEqualTo("Outcome report Q3.pdf");
        assertThat(file.get("contentType").getStringValue()).isEqualTo("application/pdf");
        assertThat(file.get("sizeBytes").getIntValue()).isEqualTo(Files.PDF.length);
        assertThat(file.get("sha256").getStringValue())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.PDF)));
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(Files.PDF);
        assertThat(downloaded.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(downloaded.headers().firstValue("content-disposition").orElseThrow())
                .startsWith("attachment; filename=\"Outcome report Q3.pdf\"");
        assertThat(downloaded.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    }

    @Test
    void a_word_document_and_a_csv_are_accepted_and_a_second_upload_replaces_the_first() {
        UUID id = add(mentee, with(file("Case study"), "kind", "CASE_STUDY"));

        Http.Response word = upload(mentee, id, Files.docx(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "case.docx");
        Http.Response csv = upload(mentee, id, "quarter,revenue\nQ3,12\n".getBytes(StandardCharsets.UTF_8),
                "text/csv", "revenue.csv");

        assertThat(word.status()).isEqualTo(200);
        assertThat(csv.json().get("file").get("contentType").getStringValue()).isEqualTo("text/csv");
        assertThat(new String(Uploads.download(mentee, id).body(), StandardCharsets.UTF_8)).startsWith("quarter,revenue");
    }

    @Test
    void a_disguised_file_is_a_400_saying_what_it_looks_like_and_nothing_is_stored() {
        UUID id = add(mentee, file("Dashboard export"));

        Http.Response program = upload(mentee, id, Files.WINDOWS_PROGRAM, "application/pdf", "report.pdf");
        Http.Response page = upload(mentee, id, Files.HTML, "image/png", "chart.png");
        Http.Response exe = upload(mentee, id, Files.WINDOWS_PROGRAM, "application/octet-stream", "tool.exe");
        Http.Response unnamed = upload(mentee, id, Files.PDF, "application/pdf", null);

        assertThat(program.status()).isEqualTo(400);
        assertThat(program.text()).contains("\"field\":\"file\"", "looks like a Windows program, not a PDF document");
        assertThat(page.text()).contains("looks like an HTML page, not a PNG image");
        assertThat(exe.text()).contains("'.exe' files are not accepted");
        assertThat(unnamed.text()).contains("\"field\":\"file\"", "needs a name");
        assertThat(Http.get("/api/evidence/" + id, mentee).json().get("file").isNull()).isTrue();
        assertThat(Uploads.download(mentee, id).statusCode()).isEqualTo(404);
    }

    @Test
    void a_file_of_exactly_ten_megabytes_is_taken_and_one_byte_more_is_a_413_and_nothing_is_stored() {
        UUID id = add(mentee, file("Big log"));
        byte[] limit = new byte[FileCheck.MAX_BYTES];
        Arrays.fill(limit, (byte) 'a');
        byte[] over = Arrays.copyOf(limit, limit.length + 1);
        over[limit.length] = 'a';

        Http.Response tooLarge = Uploads.uploadChunked(mentee, id, over, "big.txt");
        Http.Response afterRefusal = Http.get("/api/evidence/" + id, mentee);
        Http.Response taken = upload(mentee, id, limit, "text/plain", "big.txt");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text()).contains("\"field\":\"file\"", "larger than 10 MB");
        assertThat(afterRefusal.json().get("file").isNull()).isTrue();
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.json().get("file").get("sizeBytes").getIntValue()).isEqualTo(FileCheck.MAX_BYTES);
    }

    /** Refused on the announced length, before the body is read (a raw socket: clients differ in when they listen). */
    @Test
    void a_file_announced_over_ten_megabytes_is_a_413_before_it_is_read() throws Exception {
        UUID id = add(mentee, file("Announced"));

        String statusLine = rawUpload(id, "application/pdf", "a.pdf", "Content-Length: " + (FileCheck.MAX_BYTES + 1)
                + "\r\n\r\n%PDF-", false);

        assertThat(statusLine).startsWith("HTTP/1.1 413");
    }

    /**
     * A raw socket: HTTP clients refuse to send a NUL in a header, but a hand-made request can. The server
     * refuses control characters in headers before any route runs, so the name never reaches the database.
     */
    @Test
    void a_file_name_with_a_nul_character_is_a_400_problem_and_nothing_is_stored() throws Exception {
        UUID id = add(mentee, file("Null name"));

        String response = rawUpload(id, "text/plain", "notes\0.txt",
                "Content-Length: 5\r\nConnection: close\r\n\r\nhello", true);

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(Http.get("/api/evidence/" + id, mentee).json().get("file").isNull()).isTrue();
    }

    /**
     * Sends a hand-made upload of the mentee's evidence {@code id}: {@code rest} ends the head and carries the
     * body. Returns the whole answer when the server closes the connection, else just its status line (a 413
     * answers before the body and keeps the connection open).
     */
    private static String rawUpload(UUID id, String contentType, String fileName, String rest, boolean untilClosed)
            throws Exception {
        URI base = RunningApi.get().baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/evidence/" + id + "/file HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + mentee + "\r\nContent-Type: " + contentType + "\r\nContent-Disposition: attachment; filename=\""
                    + fileName + "\"\r\n" + rest;
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return untilClosed ? new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    : new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }

    @Test
    void a_link_takes_no_file_and_evidence_with_a_file_cannot_become_a_link() {
        UUID linkId = add(mentee, link("Wiki page", "https://wiki.example.com/page"));
        UUID fileId = add(mentee, file("Slides"));
        upload(mentee, fileId, Files.PDF, "application/pdf", "slides.pdf");

        Http.Response fileOnLink = upload(mentee, linkId, Files.PDF, "application/pdf", "page.pdf");
        Http.Response fileToLink = Http.patch("/api/evidence/" + fileId, mentee,
                Map.of("kind", "LINK", "url", "https://example.com"));

        assertThat(fileOnLink.status()).isEqualTo(400);
        assertThat(fileOnLink.text()).contains("\"field\":\"file\"");
        assertThat(fileToLink.status()).isEqualTo(400);
        assertThat(fileToLink.text()).contains("\"field\":\"kind\"");
    }

    @Test
    void every_change_is_audited_with_file_details_but_never_the_bytes() {
        UUID id = add(mentee, file("Audited"));
        upload(mentee, id, Files.PDF, "application/pdf", "audited.pdf");
        Http.patch("/api/evidence/" + id, mentee, Map.of("impact", "Saved a week per quarter"));
        Http.delete("/api/evidence/" + id, mentee);

        String trail = Http.get("/api/audit?entityType=evidence&entityId=" + id, tenant.admin().token()).text();

        assertThat(trail).contains("evidence.created", "evidence.file_attached", "evidence.updated", "evidence.deleted",
                "audited.pdf").doesNotContain("%PDF", "JVBERi0");
        assertThat(Http.get("/api/evidence/" + id, mentee).status()).isEqualTo(404);
    }
}
