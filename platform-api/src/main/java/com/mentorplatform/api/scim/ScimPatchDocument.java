package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A SCIM PatchOp (RFC 7644 section 3.5.2) as the API documentation shows it; see {@link ScimPatch}. */
@Schema(name = "ScimPatchOp", description = "schemas lists urn:ietf:params:scim:api:messages:2.0:PatchOp;"
        + " each operation adds, replaces or removes the attribute at path, or without a path sets each attribute"
        + " of value (an object).")
record ScimPatchDocument(@ArraySchema(minItems = 1, schema = @Schema(allowableValues = ScimPatch.SCHEMA)) List<String> schemas,
                         @Schema(name = "Operations") @Size(min = 1) List<Operation> operations) {

    @Schema(name = "ScimPatchOperation")
    record Operation(@NotBlank @Schema(allowableValues = {"add", "replace", "remove"}) String op,
                     @Nullable String path,
                     @Nullable @Schema(description = "Any JSON value: the attribute's value, or an object of attributes") Object value) {
    }
}
