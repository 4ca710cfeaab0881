package com.mentorplatform.api.mail;

import com.mentorplatform.api.notifications.NotificationChannel;
import com.mentorplatform.api.notifications.Notifications.Kind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The e-mail channel of notifications: renders the mail and writes it to the outbox in the transaction of the
 * change it reports, so a change that rolls back sends nothing and one that commits is never lost. Nothing is
 * written while mail is off, to people who have left, or for kinds the person switched off.
 */
@Singleton
class MailOutbox implements NotificationChannel {

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
    public void deliver(UUID tenantId, UUID personId, Kind kind, @Nullable UUID pairId, String message) {
        if (!settings.enabled()) {
            return;
        }
        repository.recipient(tenantId, personId, kind.name()).stream().findFirst().ifPresent(to -> {
            String unsubscribeUrl = settings.publicApiUrl() + UNSUBSCRIBE_PATH + "?token="
                    + URLEncoder.encode(tokens.issue(tenantId, personId, kind), StandardCharsets.US_ASCII);
            MailTemplates.Rendered mail = templates.render(kind, Map.of(
                    "name", to.displayName(), "message", message, "tenant", to.tenantName(),
                    "consoleUrl", settings.consoleUrl(), "unsubscribeUrl", unsubscribeUrl));
            repository.insert(tenantId, UUID.randomUUID(), personId, kind.name(), to.email(), to.tenantName(),
                    mail.subject(), mail.text(), mail.html(), unsubscribeUrl);
        });
    }
}
