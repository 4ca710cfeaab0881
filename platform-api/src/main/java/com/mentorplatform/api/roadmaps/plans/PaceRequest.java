package com.mentorplatform.api.roadmaps.plans;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/roadmaps/{id}/pace}: what "enough progress" means, as at least
 * {@code minimum} of the measure every {@code periodDays} days (7–365).
 */
@Serdeable
@Introspected
record PaceRequest(@NotBlank @Size(max = 1000) String statement, @NotNull PaceMeasure measure,
                          @NotNull @Min(1) @Max(100) Integer minimum, @NotNull @Min(7) @Max(365) Integer periodDays) {
}
