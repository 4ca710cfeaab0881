package com.mentorplatform.api.apidocs;

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
 * The error answers an operation can give, documented once each: put one of these on a controller
 * (for all its routes) or on a route, and micronaut-openapi adds the matching responses, all
 * pointing at the one problem+json schema in {@code src/main/openapi/problems.yml}. The two that
 * document a 401 also mark the route as needing the bearer token (routes without them, such as
 * logging in, need none). They only describe; the answers come from the {@code problem} package.
 */
public final class ApiProblems {

    /** The shared RFC 9457 schema, defined in {@code src/main/openapi/problems.yml}. */
    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The security scheme of {@code Application}: a JWT access token as a Bearer token. */
    public static final String BEARER = "bearer";

    private ApiProblems() {
    }

    /** 401 without a valid token; 403 when the role or the caller's relation to the object does not allow it. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "401", description = "No valid access token was sent.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "403",
            description = "The caller's role, or relation to the object, does not allow this.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @SecurityRequirement(name = BEARER)
    public @interface Restricted {
    }

    /** 401 without a valid token, for routes open to every signed-in caller. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "401", description = "No valid access token was sent.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @SecurityRequirement(name = BEARER)
    public @interface SignedIn {
    }

    /** 400 for a malformed parameter or body, naming each bad field. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400",
            description = "The request is not valid; violations names each bad field or parameter.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public @interface Invalid {
    }

    /** A route naming something in its path: 400 for a malformed id, 404 for what is missing or another tenant's. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400",
            description = "The request is not valid; violations names each bad field or parameter.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "404",
            description = "No such object in the caller's tenant (another tenant's object reads exactly the same).",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public @interface ById {
    }

    /** 409 when the change clashes with the object's state or with data written meanwhile. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "409",
            description = "The request is valid but clashes with the object's state or with data written meanwhile.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public @interface Conflicts {
    }

    /** A route reading a JSON body: 400 for bad fields, 413 over the size limit, 415 for another media type. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400",
            description = "The request is not valid; violations names each bad field or parameter.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "413", description = "The request body is over the size limit.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "415", description = "The request body is not of a media type this operation reads.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public @interface WithBody {
    }

    /** A route answering JSON or CSV by Accept: 406 when Accept names neither. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "406",
            description = "None of the media types in Accept is one this operation answers with.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public @interface Negotiated {
    }
}
