package com.mentorplatform.api.surveys;

import com.mentorplatform.api.apidocs.ApiProblems;
import com.mentorplatform.api.apidocs.ApiTags;
import com.mentorplatform.api.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/** The caller's own surveys: those waiting for them, and their answer to one. */
@Controller("/api/me/surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ApiProblems.SignedIn
@Tag(name = ApiTags.SURVEYS)
class SurveyController {

    private final SurveyAnswers answers;

    SurveyController(SurveyAnswers answers) {
        this.answers = answers;
    }

    @Operation(operationId = "listMySurveys", summary = "The surveys waiting for the caller, oldest first")
    @Get
    List<WaitingSurvey> waiting(Caller caller) {
        return answers.waiting(caller);
    }

    @Operation(operationId = "answerMySurvey", summary = "Answer one of the caller's surveys, once",
            description = "FIT takes goodFit; QUALITY takes progress, openness and timeUse (1 to 5); END takes "
                    + "recommend (0 to 10); any kind an optional comment of up to 1000 characters. A second "
                    + "answer is a 409.")
    @Status(HttpStatus.NO_CONTENT)
    @ApiProblems.ById
    @ApiProblems.WithBody
    @ApiProblems.Conflicts
    @Post("/{id}/answers")
    HttpResponse<Void> answer(UUID id, @Valid @Body AnswerRequest request, Caller caller) {
        answers.answer(caller, id, request);
        return HttpResponse.noContent();
    }
}
