package com.mentorplatform.api.checkins;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Check-ins as the API shows them, with their actions read in one query; never with a private note. */
@Singleton
class CheckInResponses {

    private final CheckInActionRepository actions;

    CheckInResponses(CheckInActionRepository actions) {
        this.actions = actions;
    }

    CheckInResponse of(UUID tenantId, CheckIn checkIn) {
        return of(tenantId, List.of(checkIn)).get(0);
    }

    List<CheckInResponse> of(UUID tenantId, List<CheckIn> checkIns) {
        if (checkIns.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ActionResponse>> byCheckIn = actions.ofCheckIns(tenantId, checkIns.stream().map(CheckIn::id).toList())
                .stream().map(ActionResponse::of)
                .collect(Collectors.groupingBy(ActionResponse::checkInId));
        return checkIns.stream().map(c -> CheckInResponse.of(c, byCheckIn.getOrDefault(c.id(), List.of()))).toList();
    }
}
