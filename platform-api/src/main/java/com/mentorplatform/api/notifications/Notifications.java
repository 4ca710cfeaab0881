package com.mentorplatform.api.notifications;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Sends notifications (inside the sender's transaction) and serves each person their own. */
@Published
@Singleton
public class Notifications {

    /** The table's limit on a message. */
    private static final int MAX_MESSAGE = 500;
    private static final String ELLIPSIS = "…";

    private final NotificationRepository repository;
    private final TenantScope tenantScope;
    private final List<NotificationChannel> channels;

    Notifications(NotificationRepository repository, TenantScope tenantScope, List<NotificationChannel> channels) {
        this.repository = repository;
        this.tenantScope = tenantScope;
        this.channels = List.copyOf(channels);
    }

    /**
     * One notification to the person, in the app and on every other channel (e-mail when it is on); call
     * inside the tenant transaction of the change it reports.
     */
    public void send(UUID tenantId, UUID personId, NotificationKind kind, @Nullable UUID pairId, String message) {
        // Senders shorten what they quote; this only keeps a long name from failing the change it reports.
        String text = shortened(message, MAX_MESSAGE);
        repository.insert(tenantId, UUID.randomUUID(), personId, kind.name(), pairId, text);
        channels.forEach(channel -> channel.deliver(tenantId, personId, kind, pairId, text));
    }

    /**
     * The text on one line, cut at a word to at most {@code max} characters with an ellipsis, so a
     * quoted title or comment leaves room for the rest of a message.
     */
    public static String shortened(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        String cut = line.substring(0, max - ELLIPSIS.length());
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).stripTrailing() + ELLIPSIS;
    }

    /**
     * Marks every notification of these kinds in the tenant read, inside the caller's open tenant
     * transaction: for seeding, whose history should not arrive as news.
     */
    public void markAllReadInOpenTransaction(UUID tenantId, Collection<NotificationKind> kinds) {
        repository.markAllRead(tenantId, kinds.stream().map(NotificationKind::name).toArray(String[]::new));
    }

    List<Notification> mine(Caller caller, boolean unreadOnly, int limit) {
        return tenantScope.read(caller.tenantId(),
                () -> repository.latest(caller.tenantId(), caller.personId(), unreadOnly, limit));
    }

    /** Someone else's notification is the same 404 as a missing one. */
    void markRead(Caller caller, UUID id) {
        tenantScope.write(caller.tenantId(), () -> {
            if (repository.markRead(caller.tenantId(), caller.personId(), id) == 0) {
                throw ProblemException.notFound("Notification");
            }
            return null;
        });
    }
}
