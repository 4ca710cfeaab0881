package com.mentorplatform.api.checkins;

import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * Structured feedback, specific and forward-looking: what was observed, the impact it had, and a
 * suggestion for next time. Each part may be left out.
 */
@Serdeable
@Introspected
record Feedback(@Nullable @Size(max = 2000) String observation, @Nullable @Size(max = 2000) String impact,
                       @Nullable @Size(max = 2000) String suggestion) {

    /** No feedback given. */
    static final Feedback NONE = new Feedback(null, null, null);

    /** Trimmed, blank parts left out; null when nothing is left. */
    @Nullable
    Feedback normalised() {
        Feedback f = new Feedback(FreeText.optional(observation), FreeText.optional(impact),
                FreeText.optional(suggestion));
        return f.equals(NONE) ? null : f;
    }
}
