package com.mentorplatform.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem document; {@code violations} names each bad field of a 400. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail, List<Violation> violations) {

    /** One invalid field, named as in the request's JSON. */
    @Serdeable
    public record Violation(String field, String message) {
    }
}
