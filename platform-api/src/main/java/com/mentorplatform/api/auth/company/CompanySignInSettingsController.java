package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** A tenant admin connects the tenant's identity provider, and may switch password login off. */
@Tag(name = ApiTags.AUTHENTICATION)
@Controller("/api/company-sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN)
@ApiProblems.Restricted
class CompanySignInSettingsController {

    private final CompanySignIns signIns;

    CompanySignInSettingsController(CompanySignIns signIns) {
        this.signIns = signIns;
    }

    @Operation(operationId = "getCompanySignIn", summary = "The tenant's company sign-in settings (tenant admins)")
    @Get
    CompanySignInSettings get(Caller caller) {
        return signIns.settings(caller);
    }

    @Operation(operationId = "putCompanySignIn", summary = "Connect or change the tenant's identity provider",
            description = "The provider's discovery document is read first: an issuer that does not answer, or "
                    + "names another issuer, is a 400 naming `issuer`. An e-mail domain of another tenant is a 409.")
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Put
    CompanySignInSettings put(Caller caller, @Valid @Body CompanySignInUpdate update) {
        return signIns.save(caller, update);
    }

    @Operation(operationId = "deleteCompanySignIn",
            summary = "Disconnect the identity provider; password login comes back on")
    @Delete
    HttpResponse<Void> delete(Caller caller) {
        signIns.remove(caller);
        return HttpResponse.noContent();
    }
}
