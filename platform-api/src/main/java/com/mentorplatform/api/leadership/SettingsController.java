package com.mentorplatform.api.leadership;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The tenant's anonymity threshold for leader reports: HR reads it, a tenant admin changes it. */
@Tag(name = ApiTags.LEADERSHIP)
@Controller("/api/analytics/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER})
@ApiProblems.Restricted
class SettingsController {

    private final ThresholdSetting setting;

    SettingsController(ThresholdSetting setting) {
        this.setting = setting;
    }

    @Operation(operationId = "getAnalyticsSettings", summary = "The anonymity threshold of leader reports")
    @Get
    AnonymitySettings get(Caller caller) {
        return setting.get(caller);
    }

    @Operation(operationId = "updateAnalyticsSettings", summary = "Change the anonymity threshold (tenant admins)",
            description = "Between 3 and 100; the snapshot and its anonymity plan are rebuilt at once.")
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    AnonymitySettings update(Caller caller, @Valid @Body AnonymitySettings settings) {
        return setting.set(caller, settings.anonymityThreshold());
    }
}
