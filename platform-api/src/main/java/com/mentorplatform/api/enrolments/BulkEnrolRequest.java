package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Enrol everyone who matches a filter: in any of {@code departments}, any of {@code locations}, and
 * at any of {@code levels} and between {@code minLevel} and {@code maxLevel} (each left out means any,
 * but at least one must be given). {@code expectedCount} is the preview's count: when given, the
 * apply is refused if the selection has changed since.
 */
@Serdeable
record BulkEnrolRequest(
        @NotNull ParticipantRole role,
        @Nullable @Size(max = 100) List<@NotBlank @Size(max = 120) String> departments,
        @Nullable @Size(max = 100) List<@NotBlank @Size(max = 120) String> locations,
        @Nullable @Size(max = 20) List<@NotNull @Min(1) @Max(20) Integer> levels,
        @Nullable @Min(1) @Max(20) Integer minLevel,
        @Nullable @Min(1) @Max(20) Integer maxLevel,
        @Nullable @Min(1) @Max(5) Integer mentorCapacity,
        @Nullable @Min(0) Integer expectedCount) {

    List<String> departmentsOrEmpty() {
        return departments == null ? List.of() : departments;
    }

    List<String> locationsOrEmpty() {
        return locations == null ? List.of() : locations;
    }

    List<Integer> levelsOrEmpty() {
        return levels == null ? List.of() : levels;
    }
}
