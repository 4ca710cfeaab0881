package com.mentorplatform.api.operator;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.EnumSet;
import java.util.List;

/** Operators create and list tenants. */
@Tag(name = ApiTags.OPERATOR)
@Controller("/api/operator/tenants")
@Secured(Role.OPERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiProblems.Restricted
class OperatorController {

    private final TenantOnboarding onboarding;
    private final Tenants tenants;

    OperatorController(TenantOnboarding onboarding, Tenants tenants) {
        this.onboarding = onboarding;
        this.tenants = tenants;
    }

    @Operation(operationId = "listTenants", summary = "All tenants (platform operators)")
    @Get
    List<Tenant> list() {
        return tenants.all();
    }

    /** Creates the tenant and its first TENANT_ADMIN; 409 when the slug is taken. */
    @Operation(operationId = "createTenant")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    HttpResponse<Tenant> create(@Valid @Body CreateTenantRequest request, Caller caller) {
        Tenant tenant = onboarding.onboard(request.slug(), request.name(), TenantKind.CUSTOMER,
                new TenantOnboarding.FirstPerson(request.adminEmail(), request.adminDisplayName(),
                        request.adminPassword(), EnumSet.of(Role.TENANT_ADMIN)),
                AuditLog.Actor.of(caller)).tenant();
        return HttpResponse.created(tenant);
    }
}
