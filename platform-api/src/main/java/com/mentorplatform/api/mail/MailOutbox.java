package com.mentorplatform.api.mail;

import com.mentorplatform.api.notifications.NotificationChannel;
import com.mentorplatform.api.notifications.NotificationKind;
import com.mentorplatform.api.seams.Published;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes mail to the outbox in the transaction of the change it reports, so a change that rolls back sends
 * nothing and one that commits is never lost: the e-mail channel of notifications, and the calendar invitations
 * of check-ins. Nothing is written while mail is off, to people who have left, or for kinds the person switched
 * off.
 */
@Published
@Singleton
public class MailOutbox implements NotificationChannel {

    static final String UNSUBSCRIBE_PATH = "/api/mail/unsubscribe";

    private final MailRepository repository;
    private final MailSettings settings;
    private final MailTemplates templates;
    private final UnsubscribeTokens tokens;

    MailOutbox(MailRepository repository, MailSettings settings, MailTemplates templates, UnsubscribeTokens tokens) {
        this.repository = repository;
        this.settings = settings;
        this.templates = templates;
        this.tokens = tokens;
    }

    @Override
    public void deliver(UUID tenantId, UUID personId, NotificationKind kind, @Nullable UUID pairId, String message) {
        write(tenantId, personId, kind.name(), Map.of("message", message), null);
    }

    /**
     * A check-in's invitation, its update or its cancellation to one participant: the subject and sentence say
     * what changed, the calendar part is what their calendar program applies. Call inside the tenant transaction
     * of the change.
     */
    public void sendInvitation(UUID tenantId, UUID personId, String subject, String message, CalendarPart calendar) {
        write(tenantId, personId, MailKinds.CHECK_IN_INVITATION, Map.of("subject", subject, "message", message),
                calendar);
    }

    /** The week's digest to one programme manager ({@code digest.WeeklyDigest}); call inside a tenant transaction. */
    public void sendDigest(UUID tenantId, UUID personId, String digest) {
        write(tenantId, personId, MailKinds.WEEKLY_DIGEST, Map.of("message", digest), null);
    }

    private void write(UUID tenantId, UUID personId, String kind, Map<String, String> values,
                       @Nullable CalendarPart calendar) {
        if (!settings.enabled()) {
            return;
        }
        repository.recipient(tenantId, personId, kind).stream().findFirst().ifPresent(to -> {
            String unsubscribeUrl = settings.publicApiUrl() + UNSUBSCRIBE_PATH + "?token="
                    + URLEncoder.encode(tokens.issue(tenantId, personId, kind), StandardCharsets.US_ASCII);
            Map<String, String> all = new HashMap<>(values);
            all.putAll(Map.of("name", to.displayName(), "tenant", to.tenantName(), "consoleUrl", settings.consoleUrl(),
                    "unsubscribeUrl", unsubscribeUrl));
            MailTemplates.Rendered mail = templates.render(kind, all);
            repository.insert(tenantId, UUID.randomUUID(), personId, kind, to.email(), to.tenantName(),
                    mail.subject(), mail.text(), mail.html(), unsubscribeUrl,
                    calendar == null ? null : calendar.method(), calendar == null ? null : calendar.text());
        });
    }
}
