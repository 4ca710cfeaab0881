package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** Exports a promotion case of one roadmap as a PDF or Markdown file. */
@Tag(name = ApiTags.PROMOTION_CASE)
@Controller("/api/roadmaps/{roadmapId}/promotion-case")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.MENTEE_ROLE, Role.MENTOR_ROLE})
@ApiProblems.Restricted
class PromotionCaseController {

    private final PromotionCaseService service;

    PromotionCaseController(PromotionCaseService service) {
        this.service = service;
    }

    /** The case as an attachment named after the mentee and the day, e.g. {@code promotion-case-tara-tanaka-2027-03-03.pdf}. */
    @Operation(operationId = "exportPromotionCase")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Negotiated
    @ApiResponse(responseCode = "200", description = "The case as an attachment, PDF or Markdown by Accept.",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = CaseFormat.MARKDOWN_TYPE, schema = @Schema(type = "string"))})
    @Post
    @Produces({"application/pdf", CaseFormat.MARKDOWN_TYPE})
    HttpResponse<byte[]> export(UUID roadmapId, @Valid @Body PromotionCaseRequest request,
                                @Nullable @Header(HttpHeaders.ACCEPT) String accept, Caller caller) {
        CaseFile file = service.build(caller, roadmapId, request, accept);
        return HttpResponse.ok(file.content())
                .contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"");
    }
}
