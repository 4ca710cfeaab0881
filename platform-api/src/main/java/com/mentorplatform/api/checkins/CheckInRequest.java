package com.mentorplatform.api.checkins;

import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/pairs/{pairId}/check-ins}, and the document a {@code PATCH} is merged
 * into (there without {@code actions} and {@code privateNote}, which have routes of their own).
 * A SCHEDULED check-in lies in the future; a HELD one is logged for a time that has come.
 */
@Serdeable
@Introspected
public record CheckInRequest(@NotNull CheckInStatus status, @NotNull Instant occursAt,
                             @Nullable @Min(5) @Max(480) Integer durationMinutes,
                             @Nullable @Size(max = 4000) String agenda,
                             @Nullable @Size(max = 8000) String sharedNotes,
                             @Nullable @Valid @Schema(type = "object") Feedback feedback,
                             @Nullable @Min(1) @Max(5) Integer progressRating,
                             @Nullable @Valid @Size(max = 20) List<@Valid ActionRequest> actions,
                             @Nullable @Size(max = 8000) String privateNote) {

    /** The shared fields of a stored check-in, as a PATCH starts from. */
    static CheckInRequest of(CheckIn c) {
        return new CheckInRequest(c.status(), c.occursAt(), c.durationMinutes(), c.agenda(), c.sharedNotes(),
                c.feedback(), c.progressRating(), null, null);
    }

    /** Free text trimmed and blank text left out. */
    CheckInRequest normalised() {
        return new CheckInRequest(status, occursAt, durationMinutes, FreeText.optional(agenda),
                FreeText.optional(sharedNotes), feedback == null ? null : feedback.normalised(), progressRating, actions,
                FreeText.optional(privateNote));
    }
}
