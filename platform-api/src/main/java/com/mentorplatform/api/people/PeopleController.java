package com.mentorplatform.api.people;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The people directory. Leaders and operators are refused: they never see individuals. */
@Tag(name = ApiTags.PEOPLE)
@Controller("/api/people")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN, Role.MANAGER, Role.MENTOR_ROLE, Role.MENTEE_ROLE})
@ApiProblems.Restricted
class PeopleController {

    private final PeopleService service;

    PeopleController(PeopleService service) {
        this.service = service;
    }

    /** A page of people ordered by name; pass {@code next} from the previous page as {@code after}. */
    @Operation(operationId = "listPeople")
    @ApiProblems.Invalid
    @Get
    PeoplePage list(@Nullable @QueryValue @Size(max = 200) String q,
                    @Nullable @QueryValue @Size(max = 120) String department,
                    @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                    @Nullable @QueryValue @Size(max = 600) String after,
                    Caller caller) {
        return service.page(caller, q, department,
                limit == null ? PeopleService.DEFAULT_PAGE_SIZE : limit, after);
    }

    /** The departments in use, for filters. */
    @Operation(operationId = "listDepartments")
    @Get("/departments")
    List<String> departments(Caller caller) {
        return service.departments(caller);
    }

    /** The locations in use, for filters such as a bulk enrolment's. */
    @Operation(operationId = "listLocations")
    @Get("/locations")
    List<String> locations(Caller caller) {
        return service.locations(caller);
    }

    @Operation(operationId = "getPerson", summary = "One person of the tenant")
    @ApiProblems.ById
    @Get("/{id}")
    PersonResponse get(UUID id, Caller caller) {
        return service.get(caller, id);
    }

    /** Every tracked change of the person (level, department, job title, manager, location, status), oldest first. */
    @Operation(operationId = "getPersonHistory")
    @ApiProblems.ById
    @Get("/{id}/history")
    @Secured({Role.ADMIN, Role.MANAGER})
    List<HistoryEntryResponse> history(UUID id, Caller caller) {
        return service.history(caller, id);
    }

    @Operation(operationId = "createPerson", summary = "Add a person to the tenant")
    @Status(HttpStatus.CREATED)
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post
    @Secured({Role.ADMIN, Role.MANAGER})
    HttpResponse<PersonResponse> create(@Valid @Body PersonRequest request, Caller caller) {
        return HttpResponse.created(service.create(caller, request));
    }

    /** JSON Merge Patch: fields left out are unchanged, fields set to null are cleared. */
    @Operation(operationId = "patchPerson")
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Patch("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Secured({Role.ADMIN, Role.MANAGER})
    PersonResponse patch(UUID id, @Body @Schema(implementation = PersonPatch.class) JsonNode patch, Caller caller) {
        return service.patch(caller, id, patch);
    }
}
