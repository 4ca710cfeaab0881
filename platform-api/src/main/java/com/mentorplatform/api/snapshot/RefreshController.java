package com.mentorplatform.api.snapshot;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

/** HR refreshes the analytics snapshot at once instead of waiting for the background refresh. */
@Tag(name = ApiTags.ANALYTICS)
@Controller("/api/analytics/refresh")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class RefreshController {

    private final AnalyticsSnapshots snapshots;

    RefreshController(AnalyticsSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Operation(operationId = "refreshAnalyticsSnapshot", summary = "Rebuild the analytics snapshot now",
            description = "Retention and the leader reports are drawn from a snapshot refreshed in the background; "
                    + "this rebuilds it at once and answers its new header.")
    @ApiProblems.Conflicts
    @Post
    Refreshed refresh(Caller caller) {
        HrOnly.require(caller);
        SnapshotInfo info = snapshots.refresh(caller.tenantId());
        return new Refreshed(info.refreshedAt(), info.participations(), info.comparisonPeople(), info.tookMs());
    }

    /** The new snapshot: when, how many participations and comparison people, and how long it took. */
    @Serdeable
    @Schema(name = "SnapshotRefreshed")
    record Refreshed(Instant asOf, int participations, int comparisonPeople, int tookMs) {
    }
}
