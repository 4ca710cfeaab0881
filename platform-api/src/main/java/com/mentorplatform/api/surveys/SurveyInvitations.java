package com.mentorplatform.api.surveys;

import com.mentorplatform.api.checkins.CheckInHeld;
import com.mentorplatform.api.notifications.NotificationKind;
import com.mentorplatform.api.notifications.Notifications;
import com.mentorplatform.api.pairs.PairEnded;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Invites a pair's mentor and mentee to the survey that is due, and tells each through the bell. FIT and END
 * follow events ({@link CheckInHeld}: the first held check-in; {@link PairEnded}), inside the transaction of
 * the change. QUALITY follows time, so {@link QualitySurveySchedule} asks for it in the background; computing
 * it on read instead would leave the bell silent until the person happened to look.
 */
@Singleton
class SurveyInvitations {

    /** A QUALITY survey falls due every this many days of the pair since it first became active. */
    static final int QUALITY_PERIOD_DAYS = 60;

    private final SurveyRepository repository;
    private final Notifications notifications;
    private final TenantScope tenantScope;

    SurveyInvitations(SurveyRepository repository, Notifications notifications, TenantScope tenantScope) {
        this.repository = repository;
        this.notifications = notifications;
        this.tenantScope = tenantScope;
    }

    /** The first held check-in asks both whether the pair is a good fit; later ones find them invited. */
    @EventListener
    void onCheckInHeld(CheckInHeld held) {
        tell(held.tenantId(), repository.inviteOnce(held.tenantId(), held.pairId(), SurveyKind.FIT.name()));
    }

    /** A pair that was active and ended asks both for the end-of-pair survey; one that never started asks nothing. */
    @EventListener
    void onPairEnded(PairEnded ended) {
        tell(ended.tenantId(), repository.inviteOnce(ended.tenantId(), ended.pairId(), SurveyKind.END.name()));
    }

    /** Invites the people of the tenant's active pairs to the QUALITY survey now due; returns how many were invited. */
    int inviteQualityDue(UUID tenantId) {
        return tenantScope.write(tenantId, () -> {
            List<Invited> invited = repository.inviteQualityDue(tenantId, QUALITY_PERIOD_DAYS, SurveyKind.QUALITY.name());
            tell(tenantId, invited);
            return invited.size();
        });
    }

    private void tell(UUID tenantId, List<Invited> invited) {
        for (Invited i : invited) {
            notifications.send(tenantId, i.personId(), NotificationKind.SURVEY_DUE, i.pairId(), message(i));
        }
    }

    private static String message(Invited i) {
        String pair = "your pair with " + Notifications.shortened(i.partnerName(), 80) + " in "
                + Notifications.shortened(i.cohortName(), 80);
        return switch (i.kind()) {
            case FIT -> "A short survey waits: is " + pair + " a good fit?";
            case QUALITY -> "A short survey waits: how is " + pair + " going?";
            case END -> "A short survey waits: how was " + pair + "?";
        };
    }
}
