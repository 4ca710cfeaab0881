package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.auth.TokenResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The login page's questions: how does this tenant sign in, and the tokens of a finished company sign-in. */
@Tag(name = ApiTags.AUTHENTICATION)
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInOptionsController {

    private final CompanySignIns signIns;

    SignInOptionsController(CompanySignIns signIns) {
        this.signIns = signIns;
    }

    @Operation(operationId = "getSignInOptions", summary = "How a tenant signs in, by its slug or an e-mail address",
            description = "Give `tenant`, or `email` to find the tenant by the e-mail's domain.")
    @ApiProblems.Invalid
    @Get("/sign-in-options")
    SignInOptions options(@Nullable @QueryValue @Size(max = 63) String tenant,
                          @Nullable @QueryValue @Size(max = 254) String email) {
        return signIns.options(tenant, email);
    }

    @Operation(operationId = "exchangeCompanySignInCode",
            summary = "Exchange the code a company sign-in handed to the console for tokens",
            description = "The code comes back to the console as `?code=` after a company sign-in; it works once, "
                    + "for two minutes.")
    @ApiProblems.WithBody
    @ApiResponse(responseCode = "401", description = "The code was used, is too old or unknown.",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @Post("/company-sign-in/token")
    TokenResponse exchange(@Valid @Body HandoffRequest request) {
        return signIns.exchange(request.code());
    }
}
