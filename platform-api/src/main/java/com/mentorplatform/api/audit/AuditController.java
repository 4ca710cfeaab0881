package com.mentorplatform.api.audit;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Tenant admins read the audit trail of one entity of their own tenant. */
@Tag(name = ApiTags.AUDIT)
@Controller("/api/audit")
@Secured(Role.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiProblems.Restricted
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Operation(operationId = "listAuditEntries", summary = "The audit trail of one object, newest first")
    @ApiProblems.Invalid
    @Get
    List<AuditRecord> forEntity(@QueryValue String entityType, @QueryValue UUID entityId, Caller caller) {
        return auditLog.trailOf(caller, entityType, entityId);
    }
}
