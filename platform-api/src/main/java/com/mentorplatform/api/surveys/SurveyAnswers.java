package com.mentorplatform.api.surveys;

import com.mentorplatform.analytics.kpi.ScoreBand;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caller's own surveys: what waits, and answering one, once. Another person's invitation is the same
 * 404 as a missing one; no method reads an answer back.
 */
@Singleton
class SurveyAnswers {

    static final int MAX_COMMENT = 1000;

    private static final String[] BOUNDS = ScoreBand.sqlBounds();

    private final SurveyRepository repository;
    private final TenantScope tenantScope;

    SurveyAnswers(SurveyRepository repository, TenantScope tenantScope) {
        this.repository = repository;
        this.tenantScope = tenantScope;
    }

    /** The caller's unanswered surveys, oldest first. */
    public List<WaitingSurvey> waiting(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> repository.waiting(caller.tenantId(), caller.personId()));
    }

    /**
     * Stores the caller's answer to their survey, once: a 404 problem for someone else's or a missing survey,
     * a 409 when it was answered, a 400 naming the fields the survey's kind asks for and were left out.
     */
    public void answer(Caller caller, UUID invitationId, AnswerRequest request) {
        tenantScope.write(caller.tenantId(), () -> {
            Answerable survey = repository.lockOwn(caller.tenantId(), caller.personId(), invitationId, BOUNDS)
                    .orElseThrow(() -> ProblemException.notFound("Survey"));
            if (survey.answeredAt() != null) {
                throw ProblemType.SURVEY_ANSWERED.exception("Each survey is answered once");
            }
            requireFieldsOf(survey.kind(), request);
            String comment = FreeText.optional(request.comment());
            repository.insertAnswer(caller.tenantId(), survey.id(), survey.pairId(), survey.cohortId(),
                    survey.kind().name(), survey.respondentRole(), survey.scoreBand(), request.goodFit(),
                    request.progress(), request.openness(), request.timeUse(), request.recommend(), comment);
            repository.markAnswered(caller.tenantId(), survey.id());
            return null;
        });
    }

    /** A 400 naming each field the kind asks for and was left out, and each field of another kind that was sent. */
    private static void requireFieldsOf(SurveyKind kind, AnswerRequest r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("goodFit", r.goodFit());
        fields.put("progress", r.progress());
        fields.put("openness", r.openness());
        fields.put("timeUse", r.timeUse());
        fields.put("recommend", r.recommend());
        List<String> asked = switch (kind) {
            case FIT -> List.of("goodFit");
            case QUALITY -> List.of("progress", "openness", "timeUse");
            case END -> List.of("recommend");
        };
        List<Problem.Violation> violations = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (asked.contains(field) && value == null) {
                violations.add(new Problem.Violation(field, "is required by a " + kind + " survey"));
            } else if (!asked.contains(field) && value != null) {
                violations.add(new Problem.Violation(field, "is not asked by a " + kind + " survey"));
            }
        });
        ProblemException.throwIfAny(violations);
    }
}
