package com.mentorplatform.api.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The outbox and the mail preferences of one tenant; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MailRepository extends GenericRepository<OutboxMail, UUID> {

    /**
     * The person's address and their tenant's name, when they still work here and have not switched the kind
     * off; read in the transaction of the change, so the mail goes to the address they have now.
     */
    @Query("""
            SELECT p.email, p.display_name, t.name AS tenant_name
            FROM people p JOIN tenants t ON t.id = p.tenant_id
            WHERE p.tenant_id = :tenantId AND p.id = :personId AND p.left_on IS NULL
              AND NOT EXISTS (SELECT 1 FROM mail_preferences m
                              WHERE m.tenant_id = p.tenant_id AND m.person_id = p.id AND m.kind = :kind)""")
    List<Recipient> recipient(UUID tenantId, UUID personId, String kind);

    @Query("""
            INSERT INTO mail_outbox (tenant_id, id, person_id, kind, to_address, from_name, subject, body_text,
                                     body_html, unsubscribe_url, calendar_method, calendar)
            VALUES (:tenantId, :id, :personId, :kind, :toAddress, :fromName, :subject, :bodyText, :bodyHtml,
                    :unsubscribeUrl, :calendarMethod, :calendar)""")
    void insert(UUID tenantId, UUID id, UUID personId, String kind, String toAddress, String fromName, String subject,
                String bodyText, String bodyHtml, String unsubscribeUrl, @Nullable String calendarMethod,
                @Nullable String calendar);

    /** Due mails, locked until the claiming transaction ends; rows another replica holds are skipped, not waited for. */
    @Query("""
            SELECT id, to_address, from_name, subject, body_text, body_html, unsubscribe_url, attempts,
                   calendar_method, calendar
            FROM mail_outbox
            WHERE tenant_id = :tenantId AND status = 'PENDING' AND next_attempt_at <= now()
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutboxMail> claimDue(UUID tenantId, int limit);

    @Query("""
            UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL
            WHERE tenant_id = :tenantId AND id = :id""")
    void markSent(UUID tenantId, UUID id);

    @Query("""
            UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error,
                   next_attempt_at = now() + make_interval(secs => :delaySeconds)
            WHERE tenant_id = :tenantId AND id = :id""")
    void markRetry(UUID tenantId, UUID id, String error, double delaySeconds);

    @Query("""
            UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = :error
            WHERE tenant_id = :tenantId AND id = :id""")
    void markFailed(UUID tenantId, UUID id, String error);

    @Query("SELECT kind FROM mail_preferences WHERE tenant_id = :tenantId AND person_id = :personId ORDER BY kind")
    List<String> kindsOff(UUID tenantId, UUID personId);

    /** Switches the kind off; 0 when the person does not exist in the tenant (nor was it off already). */
    @Query("""
            INSERT INTO mail_preferences (tenant_id, person_id, kind)
            SELECT :tenantId, :personId, :kind
            WHERE EXISTS (SELECT 1 FROM people WHERE tenant_id = :tenantId AND id = :personId)
            ON CONFLICT DO NOTHING""")
    long switchOff(UUID tenantId, UUID personId, String kind);

    @Query("DELETE FROM mail_preferences WHERE tenant_id = :tenantId AND person_id = :personId AND kind = :kind")
    void switchOn(UUID tenantId, UUID personId, String kind);

    @Query("SELECT EXISTS (SELECT 1 FROM people WHERE tenant_id = :tenantId AND id = :personId)")
    boolean personExists(UUID tenantId, UUID personId);
}
