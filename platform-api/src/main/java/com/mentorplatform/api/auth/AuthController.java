package com.mentorplatform.api.auth;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Log in, renew, log out. Open to anonymous callers: these endpoints are how one gets a token. */
@Tag(name = ApiTags.AUTHENTICATION)
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final AuthService auth;
    private final HttpClientAddressResolver clientAddresses;

    AuthController(AuthService auth, HttpClientAddressResolver clientAddresses) {
        this.auth = auth;
        this.clientAddresses = clientAddresses;
    }

    /**
     * 401 for any wrong tenant, e-mail or password; 429 with Retry-After after five failures for one e-mail,
     * or twenty from one client address, in fifteen minutes.
     */
    @ApiProblems.WithBody
    @ApiResponse(responseCode = "401", description = "Wrong tenant, e-mail or password.",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @ApiResponse(responseCode = "429",
            description = "Too many failed logins; Retry-After says how many seconds to wait.",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before trying again.",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @Post("/login")
    TokenResponse login(@Valid @Body LoginRequest request, HttpRequest<?> httpRequest) {
        return auth.login(request, clientAddresses.resolve(httpRequest));
    }

    /** Spends the refresh token and returns a new pair; a spent token used again revokes its whole family. */
    @ApiProblems.WithBody
    @ApiResponse(responseCode = "401", description = "The refresh token is not valid (or was spent); log in again.",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(ref = ApiProblems.PROBLEM)))
    @Post("/refresh")
    TokenResponse refresh(@Valid @Body RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    /** Revokes the refresh token's family. Always 204, so it reveals nothing about the token. */
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.WithBody
    @Post("/logout")
    HttpResponse<Void> logout(@Valid @Body RefreshRequest request) {
        auth.logout(request.refreshToken());
        return HttpResponse.noContent();
    }
}
