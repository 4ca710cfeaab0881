package com.mentorplatform.api.mail;

import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Delivers the outbox in the background, tenant by tenant, each in its own tenant-scoped transaction (the same
 * row-level-security path as every request; no role that bypasses it). A small batch of due rows is claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so replicas share the work and never take the same row, and each row is
 * marked in the same transaction it was locked in. A failed row is retried with a doubling delay and marked
 * FAILED with its error after the last attempt. The one gap no outbox closes: if the server accepted a mail
 * and the commit then failed, that mail is sent again.
 */
@Singleton
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int MAX_ERROR = 1000;

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final MailRepository repository;
    private final MailSettings settings;

    MailDelivery(Tenants tenants, TenantScope tenantScope, MailRepository repository, MailSettings settings) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.repository = repository;
        this.settings = settings;
    }

    @Scheduled(initialDelay = "${platform.mail.first-poll:15s}", fixedDelay = "${platform.mail.poll-every:10s}")
    void deliverAll() {
        if (!settings.enabled()) {
            return;
        }
        tenants.forEachActive("Mail delivery", tenant -> deliverDue(tenant.id()));
    }

    /** Delivers one batch of the tenant's due mails; returns how many were sent. */
    int deliverDue(UUID tenantId) {
        return tenantScope.write(tenantId, () -> {
            List<OutboxMail> due = repository.claimDue(tenantId, settings.batchSize());
            if (due.isEmpty()) {
                return 0;
            }
            try (SmtpConnection smtp = SmtpConnection.open(settings)) {
                int sent = 0;
                for (OutboxMail mail : due) {
                    if (sendOne(tenantId, smtp, mail)) {
                        sent++;
                    }
                }
                return sent;
            } catch (MessagingException e) {
                // The server could not be reached or refused the connection: every claimed row counts an attempt.
                due.forEach(mail -> failed(tenantId, mail, e));
                return 0;
            }
        });
    }

    private boolean sendOne(UUID tenantId, SmtpConnection smtp, OutboxMail mail) {
        try {
            smtp.send(mail);
            repository.markSent(tenantId, mail.id());
            return true;
        } catch (MessagingException e) {
            failed(tenantId, mail, e);
            return false;
        }
    }

    private void failed(UUID tenantId, OutboxMail mail, MessagingException e) {
        String error = describe(e);
        int attempts = mail.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            LOG.warn("Mail {} failed for good after {} attempts: {}", mail.id(), attempts, error);
            repository.markFailed(tenantId, mail.id(), error);
        } else {
            repository.markRetry(tenantId, mail.id(), error, delayAfter(attempts).toMillis() / 1000.0);
        }
    }

    /** The wait after the n-th failed attempt: the first retry delay, doubled each time, at most an hour. */
    Duration delayAfter(int attempts) {
        Duration delay = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() <= MAX_ERROR ? text.toString() : text.substring(0, MAX_ERROR);
    }
}
