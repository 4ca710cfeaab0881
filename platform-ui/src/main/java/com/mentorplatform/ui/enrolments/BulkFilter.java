package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import java.util.List;

/**
 * Who a bulk enrolment takes from the directory: anyone in any of the departments and locations, between the
 * levels (each left empty means any; the API wants at least one). {@code expectedCount} is the preview's count,
 * so the apply is refused if the selection changed in between.
 */
record BulkFilter(ParticipantRole role, List<String> departments, List<String> locations, Integer minLevel,
        Integer maxLevel, Integer mentorCapacity, Integer expectedCount) {

    BulkFilter {
        departments = departments == null || departments.isEmpty() ? null : List.copyOf(departments);
        locations = locations == null || locations.isEmpty() ? null : List.copyOf(locations);
    }

    BulkFilter expecting(int count) {
        return new BulkFilter(role, departments, locations, minLevel, maxLevel, mentorCapacity, count);
    }
}
