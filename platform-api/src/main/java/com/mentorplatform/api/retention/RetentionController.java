package com.mentorplatform.api.retention;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;

import java.util.UUID;

/** HR's retention report: participants against a matched comparison group. */
@Controller("/api/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @Operation(operationId = "retentionReport", summary = "Retention of participants against a matched comparison group",
            description = "Kaplan–Meier curves with log-log 95 % bands, the 6/12/24-month points and their difference, "
                    + "a log-rank test, and promotion and mobility rates; from the analytics snapshot (asOf).")
    @Get("/retention")
    RetentionReport retention(Caller caller, @Nullable @QueryValue UUID programmeId,
                              @Nullable @QueryValue UUID cohortId) {
        return retention.report(caller, programmeId, cohortId);
    }
}
