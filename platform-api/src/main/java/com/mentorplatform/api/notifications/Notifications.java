package com.mentorplatform.api.notifications;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Sends notifications (inside the sender's transaction) and serves each person their own. */
@Singleton
public class Notifications {

    /** What a notification is about. */
    public enum Kind { PAIR_ACTIVE, PAIR_ENDED }

    private final NotificationRepository repository;
    private final TenantScope tenantScope;

    Notifications(NotificationRepository repository, TenantScope tenantScope) {
        this.repository = repository;
        this.tenantScope = tenantScope;
    }

    /** One notification to the person; call inside the tenant transaction of the change it reports. */
    public void send(UUID tenantId, UUID personId, Kind kind, @Nullable UUID pairId, String message) {
        repository.insert(tenantId, UUID.randomUUID(), personId, kind.name(), pairId, message);
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
