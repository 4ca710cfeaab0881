package com.mentorplatform.api.checkins;

import com.mentorplatform.api.notifications.NotificationKind;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Tells mentor and mentee when their active pair has gone longer than its cohort's cadence without a held check-in:
 * once per overdue spell, in the app and (where it is on) by e-mail. Runs on every replica; a spell is claimed in
 * the database, so it is reminded once however many replicas look at the same time.
 */
@Singleton
class OverdueReminders {

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final OverdueReminderRepository reminders;
    private final Notifications notifications;
    private final Clock clock;

    OverdueReminders(Tenants tenants, TenantScope tenantScope, OverdueReminderRepository reminders,
                     Notifications notifications, Clock clock) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.reminders = reminders;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "${platform.checkins.first-overdue-check:2m}",
            fixedDelay = "${platform.checkins.overdue-check-every:1h}")
    void remindEveryTenant() {
        tenants.forEachActiveCustomer("The overdue reminders", tenant -> remind(tenant.id()));
    }

    /** Reminds the tenant's newly overdue pairs, in one tenant transaction; returns how many pairs were reminded. */
    public int remind(UUID tenantId) {
        return tenantScope.write(tenantId, () -> {
            List<OverduePair> overdue = reminders.claimOverdue(tenantId, clock.instant().toString());
            for (OverduePair pair : overdue) {
                notifications.send(tenantId, pair.mentorId(), NotificationKind.PAIR_OVERDUE, pair.pairId(),
                        message(pair.menteeName(), pair));
                notifications.send(tenantId, pair.menteeId(), NotificationKind.PAIR_OVERDUE, pair.pairId(),
                        message(pair.mentorName(), pair));
            }
            return overdue.size();
        });
    }

    private static String message(String otherName, OverduePair pair) {
        return "No check-in with " + otherName + " for " + pair.daysSinceLast() + " days; your cohort meets every "
                + pair.cadenceDays() + " days. Time to schedule the next one";
    }
}
