package com.mentorplatform.api.surveys;

import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for QUALITY surveys that fell due in every active customer tenant, a few times a day: a survey due
 * at midnight waits at most a few hours. Inviting is idempotent, so overlapping runs on several instances
 * tell nobody twice. One tenant's failure does not stop the others'.
 */
@Singleton
class QualitySurveySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(QualitySurveySchedule.class);

    private final Tenants tenants;
    private final SurveyInvitations invitations;

    QualitySurveySchedule(Tenants tenants, SurveyInvitations invitations) {
        this.tenants = tenants;
        this.invitations = invitations;
    }

    @Scheduled(initialDelay = "${platform.surveys.first-check:3m}", fixedDelay = "${platform.surveys.check-every:6h}")
    void inviteAll() {
        tenants.forEachActiveCustomer("The quality surveys' check", tenant -> {
            int invited = invitations.inviteQualityDue(tenant.id());
            if (invited > 0) {
                LOG.info("{} quality surveys fell due in {}", invited, tenant.slug());
            }
        });
    }
}
