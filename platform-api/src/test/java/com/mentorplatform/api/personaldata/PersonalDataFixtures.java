package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An active pair whose mentee has a journal entry, a roadmap with a reached milestone, and a held check-in
 * with shared notes and a private note by each of the two; all through the API but the roadmap.
 */
final class PersonalDataFixtures {

    static final String JOURNAL_TITLE = "What I learnt leading the migration";
    static final String MENTEE_NOTE = "My own note: ask about the budget next time";
    static final String MENTOR_NOTE = "Mentor only: seems anxious about the reorg";
    static final String SHARED_NOTES = "We agreed on a stretch project for the quarter";
    static final String UPLOADED = "Quarterly results, as presented";

    record Workspace(Pairing pairing, UUID checkInId, UUID evidenceId) {
    }

    private PersonalDataFixtures() {
    }

    static Workspace workspace(TestTenant tenant) {
        Pairing pairing = TestWorkspace.activePair(tenant);
        String mentee = pairing.mentee().token();
        String mentor = pairing.mentor().token();
        expect(Http.post("/api/journal", mentee, Map.of("entryOn", LocalDate.now().minusDays(1).toString(),
                "title", JOURNAL_TITLE, "body", "Hard weeks, good outcome", "shared", false)), 201);
        Map<String, Object> checkIn = new LinkedHashMap<>();
        checkIn.put("status", "HELD");
        checkIn.put("occursAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        checkIn.put("durationMinutes", 45);
        checkIn.put("sharedNotes", SHARED_NOTES);
        checkIn.put("progressRating", 4);
        UUID checkInId = UUID.fromString(expect(Http.post("/api/pairs/" + pairing.pairId() + "/check-ins", mentor,
                checkIn), 201).string("id"));
        expect(Http.put("/api/check-ins/" + checkInId + "/private-note", mentor, Map.of("note", MENTOR_NOTE)), 200);
        expect(Http.put("/api/check-ins/" + checkInId + "/private-note", mentee, Map.of("note", MENTEE_NOTE)), 200);
        List<UUID> milestones = TestWorkspace.milestones(tenant, pairing.mentee().personId(), pairing.cohortId(), 2);
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement reach = connection.prepareStatement("""
                    UPDATE milestones SET status = 'REACHED', reached_at = now(), reached_note = 'Done my way'
                    WHERE tenant_id = ? AND id = ?""")) {
                reach.setObject(1, tenant.id());
                reach.setObject(2, milestones.get(0));
                reach.executeUpdate();
            }
        });
        UUID evidenceId = UUID.randomUUID();
        byte[] file = UPLOADED.getBytes(StandardCharsets.UTF_8);
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement evidence = connection.prepareStatement("""
                    INSERT INTO evidence (tenant_id, id, mentee_id, kind, title, impact, file_name, content_type,
                                          size_bytes, sha256)
                    VALUES (?, ?, ?, 'FILE', 'Results deck', 'Convinced the board', 'results.txt', 'text/plain', ?,
                            encode(sha256(?), 'hex'))""");
                 PreparedStatement content = connection.prepareStatement(
                         "INSERT INTO evidence_files (tenant_id, evidence_id, content) VALUES (?, ?, ?)")) {
                evidence.setObject(1, tenant.id());
                evidence.setObject(2, evidenceId);
                evidence.setObject(3, pairing.mentee().personId());
                evidence.setInt(4, file.length);
                evidence.setBytes(5, file);
                evidence.executeUpdate();
                content.setObject(1, tenant.id());
                content.setObject(2, evidenceId);
                content.setBytes(3, file);
                content.executeUpdate();
            }
        });
        return new Workspace(pairing, checkInId, evidenceId);
    }

    /** How many rows the query (with the tenant id as its only parameter) counts, read as the table owner. */
    static long count(TestTenant tenant, String sql, Object... more) {
        long[] found = new long[1];
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, tenant.id());
                for (int i = 0; i < more.length; i++) {
                    select.setObject(i + 2, more[i]);
                }
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    found[0] = row.getLong(1);
                }
            }
        });
        return found[0];
    }

    static Http.Response expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.status() + ": " + response.text());
        }
        return response;
    }
}
