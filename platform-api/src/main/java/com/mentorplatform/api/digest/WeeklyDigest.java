package com.mentorplatform.api.digest;

import com.mentorplatform.api.analytics.AnalyticsDigest;
import com.mentorplatform.api.analytics.AnalyticsDigest.WeeklyCompletion;
import com.mentorplatform.api.mail.MailOutbox;
import com.mentorplatform.api.oversight.PairsNeedingAttention;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * Sends each programme manager of every tenant the week's digest by e-mail (a manager may switch it off like any
 * other mail). Runs on every replica ({@link WeeklyDigestSchedule}); each manager's week is claimed in the database
 * with the mail written in the same transaction, so it goes out once.
 */
@Singleton
class WeeklyDigest {

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final DigestRepository digests;
    private final AnalyticsDigest analytics;
    private final PairsNeedingAttention attention;
    private final MailOutbox mail;
    private final Clock clock;

    WeeklyDigest(Tenants tenants, TenantScope tenantScope, DigestRepository digests, AnalyticsDigest analytics,
                 PairsNeedingAttention attention, MailOutbox mail, Clock clock) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.digests = digests;
        this.analytics = analytics;
        this.attention = attention;
        this.mail = mail;
        this.clock = clock;
    }

    /** One pass over every tenant ({@link WeeklyDigestSchedule} calls it on its cron). */
    void sendEveryTenant() {
        tenants.forEachActiveCustomer("The weekly digest", tenant -> send(tenant.id()));
    }

    /** Sends this week's digest to the tenant's managers who have not had it; returns how many were sent. */
    public int send(UUID tenantId) {
        LocalDate weekOf = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        WeeklyCompletion figures = analytics.lastWeek(tenantId);
        String text = DigestText.of(figures, attention.of(tenantId));
        return tenantScope.write(tenantId, () -> {
            List<DigestRecipient> managers = digests.claim(tenantId, weekOf);
            managers.forEach(manager -> mail.sendDigest(tenantId, manager.personId(), text));
            return managers.size();
        });
    }
}
