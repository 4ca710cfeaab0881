package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.SponsorshipFlag;

/** What oversight reads from a sponsorship flag besides its fields. */
final class SponsorshipFlags {

    private SponsorshipFlags() {}

    /** Whether the flag still stands: {@code withdrawnAt} stays null until it is withdrawn. */
    static boolean isOpen(SponsorshipFlag flag) {
        return flag.getWithdrawnAt() == null;
    }
}
