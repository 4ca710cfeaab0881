package com.mentorplatform.api.scim;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers of the SCIM routes, documented as {@code apidocs.ApiProblems} documents the API's: the
 * same codes, in SCIM's error format ({@code src/main/openapi/scim.yml}) instead of problem+json.
 */
final class ScimProblems {

    static final String ERROR = "#/components/schemas/ScimError";
    /** The security scheme of the SCIM realm: a SCIM token as a Bearer token. */
    static final String SCIM_TOKEN = "scimToken";

    private ScimProblems() {
    }

    /** Every SCIM route: 401 without a live SCIM token of the tenant (a person's token is none here). */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "401", description = "No live SCIM token was sent.",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @SecurityRequirement(name = SCIM_TOKEN)
    @interface Provisioning {
    }

    /** 400 for a malformed parameter, filter or body (scimType invalidFilter, invalidValue, invalidSyntax, ...). */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "The request is not valid; detail names the attribute.",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @interface Invalid {
    }

    /** A route naming a user: 404 for one that is missing, deleted or another tenant's. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "The request is not valid; detail names the attribute.",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @ApiResponse(responseCode = "404", description = "No such user in the token's tenant (another tenant's reads the same).",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @interface ById {
    }

    /** A route reading a body: 400, 409 uniqueness (userName or externalId taken), 413, 415. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "The request is not valid; detail names the attribute.",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @ApiResponse(responseCode = "409", description = "Another user has this userName or externalId (scimType uniqueness).",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @ApiResponse(responseCode = "413", description = "The request body is over the size limit.",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @ApiResponse(responseCode = "415", description = "The request body is not application/scim+json or application/json.",
            content = @Content(mediaType = ScimError.MEDIA_TYPE, schema = @Schema(ref = ERROR)))
    @interface WithBody {
    }
}
