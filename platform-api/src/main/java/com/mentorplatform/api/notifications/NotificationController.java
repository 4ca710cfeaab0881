package com.mentorplatform.api.notifications;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;
import java.util.UUID;

/** The caller's own notifications, newest first. */
@Tag(name = ApiTags.NOTIFICATIONS)
@Controller("/api/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ApiProblems.SignedIn
class NotificationController {

    private static final int DEFAULT_LIMIT = 50;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Operation(operationId = "listMyNotifications", summary = "The caller's notifications, newest first")
    @ApiProblems.Invalid
    @Get
    List<Notification> list(@Nullable @QueryValue Boolean unread, @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                            Caller caller) {
        return notifications.mine(caller, Boolean.TRUE.equals(unread),
                limit == null ? DEFAULT_LIMIT : limit);
    }

    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.Conflicts
    @Post("/{id}/read")
    HttpResponse<Void> markRead(UUID id, Caller caller) {
        notifications.markRead(caller, id);
        return HttpResponse.noContent();
    }
}
