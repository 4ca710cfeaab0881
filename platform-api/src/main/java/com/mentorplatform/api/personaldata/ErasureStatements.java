package com.mentorplatform.api.personaldata;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements of an erasure, each set-based over one table and naming the tenant; run in the
 * caller's open tenant transaction. Every parameter list starts with the tenant id and the person id.
 */
@Singleton
class ErasureStatements {

    /** Who the person is now: what the confirmation is checked against and what is masked everywhere. */
    record Identity(String email, String displayName) {
    }

    private final JdbcOperations jdbc;

    ErasureStatements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The person, locked until the erasure commits (so an edit cannot bring the name back meanwhile). */
    Optional<Identity> lock(UUID tenantId, UUID personId) {
        return jdbc.prepareStatement("SELECT email, display_name FROM people WHERE tenant_id = ? AND id = ? FOR UPDATE",
                statement -> {
                    bind(statement, tenantId, personId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(new Identity(row.getString(1), row.getString(2)))
                                : Optional.<Identity>empty();
                    }
                });
    }

    /**
     * The append-only tables first, while the ids of what the person wrote still exist: audit rows about
     * their own records lose their values, other rows quoting their name or e-mail get the pseudonyms.
     */
    int pseudonymiseAppendOnly(UUID tenantId, UUID personId, Identity who, String maskedEmail) {
        return count("""
                SELECT erase_from_append_only(
                    ARRAY[CAST(? AS uuid)]
                        || ARRAY(SELECT id FROM roadmaps WHERE tenant_id = ? AND mentee_id = ?)
                        || ARRAY(SELECT m.id FROM milestones m JOIN roadmaps r ON r.tenant_id = m.tenant_id
                                 AND r.id = m.roadmap_id WHERE r.tenant_id = ? AND r.mentee_id = ?)
                        || ARRAY(SELECT x.id FROM experiments x JOIN roadmaps r ON r.tenant_id = x.tenant_id
                                 AND r.id = x.roadmap_id WHERE r.tenant_id = ? AND r.mentee_id = ?)
                        || ARRAY(SELECT id FROM journal_entries WHERE tenant_id = ? AND mentee_id = ?)
                        || ARRAY(SELECT id FROM evidence WHERE tenant_id = ? AND mentee_id = ?),
                    ARRAY(SELECT id FROM roadmaps WHERE tenant_id = ? AND mentee_id = ?),
                    ARRAY[CAST(? AS text), CAST(? AS text)], ARRAY[CAST(? AS text), CAST(? AS text)])""",
                personId, tenantId, personId, tenantId, personId, tenantId, personId, tenantId, personId,
                tenantId, personId, tenantId, personId, who.email(), who.displayName(), maskedEmail, Erasure.ERASED_NAME);
    }

    void pseudonymisePerson(UUID tenantId, UUID personId, String maskedEmail) {
        update("""
                UPDATE people SET display_name = ?, email = ?, language = NULL, time_zone = NULL, updated_at = now()
                WHERE tenant_id = ? AND id = ?""", Erasure.ERASED_NAME, maskedEmail, tenantId, personId);
        update("""
                UPDATE mentee_profiles SET goals = NULL, interests = '{}', topics = '{}', updated_at = now()
                WHERE tenant_id = ? AND person_id = ?""", tenantId, personId);
        update("""
                UPDATE mentor_profiles SET bio = NULL, interests = '{}', declined_topics = '{}', updated_at = now()
                WHERE tenant_id = ? AND person_id = ?""", tenantId, personId);
    }

    /** Their roadmaps keep their shape, dates and statuses (completion figures), not their own words. */
    void clearRoadmapTexts(UUID tenantId, UUID personId) {
        update("""
                UPDATE roadmaps SET aspiration = ?, why_it_matters = NULL, success_looks_like = NULL,
                       pace_statement = NULL, updated_at = now()
                WHERE tenant_id = ? AND mentee_id = ?""", Erasure.ERASED_TEXT, tenantId, personId);
        update("""
                UPDATE milestones m SET reached_note = NULL, updated_at = now() FROM roadmaps r
                WHERE m.tenant_id = ? AND r.tenant_id = m.tenant_id AND r.id = m.roadmap_id AND r.mentee_id = ?
                  AND m.reached_note IS NOT NULL""", tenantId, personId);
        update("""
                UPDATE experiments x SET result = NULL, learned = NULL, updated_at = now() FROM roadmaps r
                WHERE x.tenant_id = ? AND r.tenant_id = x.tenant_id AND r.id = x.roadmap_id AND r.mentee_id = ?
                  AND (x.result IS NOT NULL OR x.learned IS NOT NULL)""", tenantId, personId);
    }

    int deleteJournal(UUID tenantId, UUID personId) {
        return update("DELETE FROM journal_entries WHERE tenant_id = ? AND mentee_id = ?", tenantId, personId);
    }

    /** Their evidence with its uploaded files (evidence_files cascades). */
    int deleteEvidence(UUID tenantId, UUID personId) {
        return update("DELETE FROM evidence WHERE tenant_id = ? AND mentee_id = ?", tenantId, personId);
    }

    /** The person's survey comments; their scores stay for the aggregates. */
    int clearSurveyComments(UUID tenantId, UUID personId) {
        return update("""
                UPDATE survey_answers a SET comment = NULL FROM survey_invitations i
                WHERE a.tenant_id = ? AND i.tenant_id = a.tenant_id AND i.id = a.invitation_id AND i.person_id = ?
                  AND a.comment IS NOT NULL""", tenantId, personId);
    }

    int deletePrivateNotes(UUID tenantId, UUID personId) {
        return update("DELETE FROM check_in_private_notes WHERE tenant_id = ? AND author_id = ?", tenantId, personId);
    }

    /** No login any more: no password matches the hash, and every refresh token is revoked. */
    int disableAccount(UUID tenantId, UUID personId, Identity who) {
        update("UPDATE accounts SET password_hash = 'erased', updated_at = now() WHERE tenant_id = ? AND person_id = ?",
                tenantId, personId);
        update("DELETE FROM login_failures WHERE tenant_id = ? AND email_key = lower(trim(?))", tenantId, who.email());
        return update("""
                UPDATE refresh_tokens SET revoked_at = now()
                WHERE tenant_id = ? AND person_id = ? AND revoked_at IS NULL""", tenantId, personId);
    }

    /**
     * Their exports hold everything erased: the files go, and an export still being produced is failed so
     * that it cannot store its ZIP after this commits.
     */
    int discardExports(UUID tenantId, UUID personId) {
        update("""
                DELETE FROM data_export_files f USING data_exports e
                WHERE f.tenant_id = ? AND e.tenant_id = f.tenant_id AND e.id = f.export_id AND e.person_id = ?""",
                tenantId, personId);
        return update("""
                UPDATE data_exports SET status = 'FAILED', size_bytes = NULL, failure = 'The person was erased.',
                       finished_at = coalesce(finished_at, now())
                WHERE tenant_id = ? AND person_id = ? AND status <> 'FAILED'""", tenantId, personId);
    }

    /** Notifications and mails, theirs and others', keep their facts but lose the name and address. */
    int pseudonymiseMessages(UUID tenantId, UUID personId, Identity who, String maskedEmail) {
        int notifications = update("""
                UPDATE notifications SET message = replace(message, ?, ?)
                WHERE tenant_id = ? AND strpos(message, ?) > 0""",
                who.displayName(), Erasure.ERASED_NAME, tenantId, who.displayName());
        int mails = update("""
                UPDATE mail_outbox
                SET to_address = CASE WHEN person_id = ? THEN ? ELSE to_address END,
                    subject = replace(subject, ?, ?), body_text = replace(body_text, ?, ?),
                    body_html = replace(body_html, ?, ?),
                    status = CASE WHEN person_id = ? AND status = 'PENDING' THEN 'FAILED' ELSE status END,
                    last_error = CASE WHEN person_id = ? AND status = 'PENDING' THEN 'The person was erased.'
                                      ELSE last_error END
                WHERE tenant_id = ?
                  AND (person_id = ? OR strpos(subject || body_text || body_html, ?) > 0)""",
                personId, maskedEmail, who.displayName(), Erasure.ERASED_NAME, who.displayName(), Erasure.ERASED_NAME,
                who.displayName(), Erasure.ERASED_NAME, personId, personId, tenantId, personId, who.displayName());
        return notifications + mails;
    }

    private int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    private int count(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
