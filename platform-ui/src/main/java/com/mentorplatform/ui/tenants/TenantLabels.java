package com.mentorplatform.ui.tenants;

import com.mentorplatform.ui.kit.Badge;

/** The words and badge tones for a tenant's status, as the API names it. */
final class TenantLabels {

    static final String ACTIVE = "ACTIVE";
    static final String DELETION_SCHEDULED = "DELETION_SCHEDULED";
    static final String DELETED = "DELETED";

    private TenantLabels() {
    }

    static String status(String status) {
        return switch (status == null ? "" : status) {
            case ACTIVE -> "Active";
            case "SUSPENDED" -> "Suspended";
            case DELETION_SCHEDULED -> "Deletion scheduled";
            case DELETED -> "Deleted";
            default -> "Unknown";
        };
    }

    static Badge.Tone tone(String status) {
        return switch (status == null ? "" : status) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case DELETION_SCHEDULED -> Badge.Tone.WARNING;
            case DELETED -> Badge.Tone.ERROR;
            default -> Badge.Tone.CONTRAST;
        };
    }
}
