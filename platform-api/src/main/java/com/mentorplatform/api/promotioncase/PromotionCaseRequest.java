package com.mentorplatform.api.promotioncase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What goes into a promotion case: reached milestones of the roadmap and the mentee's own evidence, in the
 * order given, and the format ({@code pdf} or {@code markdown}; when left out, the {@code Accept} header
 * decides, PDF by default).
 */
@Serdeable
record PromotionCaseRequest(@Nullable @Size(max = 50) List<@NotNull UUID> milestoneIds,
                                   @Nullable @Size(max = 50) List<@NotNull UUID> evidenceIds,
                                   @Nullable @Schema(allowableValues = {"pdf", "markdown"}) String format) {

    List<UUID> milestones() {
        return milestoneIds == null ? List.of() : milestoneIds.stream().distinct().toList();
    }

    List<UUID> evidence() {
        return evidenceIds == null ? List.of() : evidenceIds.stream().distinct().toList();
    }
}
