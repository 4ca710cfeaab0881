package com.mentorplatform.api.scim;

import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.BearerRealms;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What an identity provider reads to learn what this service provider supports (RFC 7644 §4): the same
 * for every tenant, written out once in {@code resources/scim}, and still only for a SCIM token's holder.
 */
@Tag(name = ApiTags.SCIM)
@Controller(BearerRealms.SCIM)
@Secured(Role.SCIM_CLIENT)
@Produces(ScimError.MEDIA_TYPE)
@ScimProblems.Provisioning
class ScimDiscoveryController {

    private final String serviceProviderConfig;
    private final String resourceTypes;
    private final String schemas;

    ScimDiscoveryController(ResourceResolver resources) {
        this.serviceProviderConfig = read(resources, "service-provider-config.json");
        this.resourceTypes = read(resources, "resource-types.json");
        this.schemas = read(resources, "schemas.json");
    }

    @Operation(operationId = "scimServiceProviderConfig", summary = "What this SCIM service supports: PATCH and filters, no bulk, sort or ETags")
    @Get("/ServiceProviderConfig")
    String serviceProviderConfig() {
        return serviceProviderConfig;
    }

    @Operation(operationId = "scimResourceTypes", summary = "The resource types served: User, with the enterprise extension")
    @Get("/ResourceTypes")
    String resourceTypes() {
        return resourceTypes;
    }

    @Operation(operationId = "scimSchemas", summary = "The User and enterprise User schemas, with the attributes the platform keeps")
    @Get("/Schemas")
    String schemas() {
        return schemas;
    }

    private static String read(ResourceResolver resources, String name) {
        InputStream in = resources.getResourceAsStream("classpath:scim/" + name)
                .orElseThrow(() -> new IllegalStateException("scim/" + name + " is missing from the build"));
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
