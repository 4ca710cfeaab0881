package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.FlagKind;

/** The body that raises a sponsorship flag: what the mentee is ready for and why. */
record FlagChange(FlagKind kind, String note) {
}
