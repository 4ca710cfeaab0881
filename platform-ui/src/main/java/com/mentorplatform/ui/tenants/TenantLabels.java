package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.TenantState;
import com.mentorplatform.ui.kit.Badge;

/** The words and badge tones for a tenant's status, as the API names it. */
final class TenantLabels {

    private TenantLabels() {
    }

    static String status(TenantState status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended";
            case DELETION_SCHEDULED -> "Deletion scheduled";
            case DELETED -> "Deleted";
        };
    }

    static Badge.Tone tone(TenantState status) {
        return switch (status) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case SUSPENDED -> Badge.Tone.CONTRAST;
            case DELETION_SCHEDULED -> Badge.Tone.WARNING;
            case DELETED -> Badge.Tone.ERROR;
        };
    }
}
