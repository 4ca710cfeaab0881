package com.mentorplatform.api.digest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * When the weekly digest goes out: {@code platform.mail.digest-cron} (Micronaut cron, seconds first; Mondays 07:00
 * UTC by default), or never with {@code off} (the tests send it themselves).
 */
@Singleton
@Requires(property = "platform.mail.digest-cron", notEquals = "off")
class WeeklyDigestSchedule {

    private final WeeklyDigest digest;

    WeeklyDigestSchedule(WeeklyDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${platform.mail.digest-cron:0 0 7 * * MON}")
    void send() {
        digest.sendEveryTenant();
    }
}
