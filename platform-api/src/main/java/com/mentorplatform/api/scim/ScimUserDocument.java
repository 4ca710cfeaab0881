package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A SCIM User as the API documentation shows it (the routes read the JSON itself, to match attribute names
 * without case): the core attributes the platform keeps. The enterprise extension goes under its URN key.
 */
@Schema(name = "ScimUser", description = "A SCIM 2.0 User (RFC 7643 section 4.1). userName is the person's e-mail;"
        + " active false makes them a leaver as of today. The enterprise extension"
        + " (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User) carries department, employeeNumber and"
        + " manager.value (a user id). Attributes the platform does not keep are ignored.")
record ScimUserDocument(@ArraySchema(minItems = 1, schema = @Schema(allowableValues = {ScimUser.CORE, ScimUser.ENTERPRISE}))
                        List<String> schemas,
                        @NotBlank @Size(max = 254) String userName,
                        @Nullable @Size(max = 200) String displayName,
                        @Nullable @Size(max = 120) String title,
                        @Nullable Boolean active,
                        @Nullable @Size(max = 200) String externalId) {
}
