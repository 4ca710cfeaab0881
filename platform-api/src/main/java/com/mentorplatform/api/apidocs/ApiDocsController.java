package com.mentorplatform.api.apidocs;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /openapi.yml} (the generated document) and {@code /openapi/ui} (Swagger UI over it). */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    /** Where micronaut-openapi writes the document: title and version from {@code @OpenAPIDefinition}. */
    private static final String DOCUMENT = "classpath:META-INF/swagger/mentoring-platform-api-1.0.yml";

    private final String document;

    ApiDocsController(ResourceResolver resources) {
        this.document = resources.getResourceAsStream(DOCUMENT).map(ApiDocsController::read)
                .orElseThrow(() -> new IllegalStateException("The OpenAPI document was not generated at build time"));
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    String openApi() {
        return document;
    }

    @Get("/openapi/ui")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> browsable() {
        return HttpResponse.ok("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Mentoring Platform API</title>
                <link rel="stylesheet" href="/openapi/assets/swagger-ui.css"></head>
                <body><div id="ui"></div>
                <script src="/openapi/assets/swagger-ui-bundle.js"></script>
                <script>SwaggerUIBundle({url: '/openapi.yml', dom_id: '#ui'});</script>
                </body></html>""");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
