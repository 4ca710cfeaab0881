package com.mentorplatform.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Locale;

/**
 * Every kind of error the API answers with, in one place: its stable slug (the last segment of the
 * problem's {@code type} URI, which clients switch on), its HTTP status and its title. A title is the same
 * for every occurrence; what is particular to one occurrence goes into the detail. The OpenAPI document
 * lists these types ({@code src/main/openapi/problem-types.yml}, written from this enum by
 * {@code apidocs.ProblemTypesDocumentTest}, which fails when they differ).
 *
 * <p>A service throws {@code ProblemType.COHORT_FULL.exception("The cohort takes 12 mentees")}. A new kind of
 * error is a new constant here, never a string at the call site: slugs are a public contract and are never
 * renamed.
 */
public enum ProblemType {

    // Generic types, one per status, also for the framework's own errors (ProblemResponseProcessor).
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "The request is not valid"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed for your role"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed"),
    /** Named for its slug, which 406 answers carried before the registry and clients may match. */
    HTTP_406(HttpStatus.NOT_ACCEPTABLE, "Not Acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "The change conflicts with existing data"),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
            "The request body is too large (1 MiB; 10 MiB for an evidence file, 32 MiB for an import file)"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests"),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service is briefly unavailable"),
    SHUTTING_DOWN(HttpStatus.SERVICE_UNAVAILABLE, "The service is restarting"),

    // Signing in
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "Wrong tenant, e-mail or password"),
    PASSWORD_LOGIN_OFF(HttpStatus.UNAUTHORIZED, "This organisation signs in with its company account"),
    BAD_REFRESH_TOKEN(HttpStatus.UNAUTHORIZED, "The refresh token is not valid; log in again"),
    BAD_HANDOFF_CODE(HttpStatus.UNAUTHORIZED,
            "The sign-in code is not valid (used, expired or unknown); sign in again"),
    TOO_MANY_LOGIN_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins"),
    EMAIL_DOMAIN_TAKEN(HttpStatus.CONFLICT, "The e-mail domain belongs to another tenant"),

    // Tenants and people
    SLUG_TAKEN(HttpStatus.CONFLICT, "A tenant with this slug already exists"),
    PLATFORM_TENANT(HttpStatus.CONFLICT, "The operators' tenant cannot be deleted"),
    DELETION_ALREADY_SCHEDULED(HttpStatus.CONFLICT, "The tenant's deletion is already scheduled"),
    DELETION_NOT_SCHEDULED(HttpStatus.CONFLICT, "The tenant's deletion is not scheduled"),
    TENANT_DELETED(HttpStatus.CONFLICT, "The tenant was deleted"),
    EMAIL_TAKEN(HttpStatus.CONFLICT, "A person with this e-mail already exists"),
    IMPORT_HAS_PROBLEMS(HttpStatus.BAD_REQUEST, "The file has problems; nothing was imported"),
    EXPORT_NOT_READY(HttpStatus.CONFLICT, "The export is not ready"),

    // Programmes and cohorts
    NAME_TAKEN(HttpStatus.CONFLICT, "The name is already taken"),
    INVALID_STATUS_TRANSITION(HttpStatus.CONFLICT, "This status change is not allowed"),
    PROGRAMME_CLOSED(HttpStatus.CONFLICT, "The programme is closed"),
    PROGRAMME_NOT_ACTIVE(HttpStatus.CONFLICT, "The programme is not active"),
    PROGRAMME_HAS_LIVE_COHORTS(HttpStatus.CONFLICT, "The programme still has cohorts enrolling or running"),
    CAPACITY_BELOW_ENROLLED(HttpStatus.CONFLICT, "The capacity is below the mentees already enrolled"),
    COHORT_FINISHED(HttpStatus.CONFLICT, "The cohort has finished"),

    // Enrolments
    COHORT_FULL(HttpStatus.CONFLICT, "The cohort is full"),
    ALREADY_ENROLLED(HttpStatus.CONFLICT, "The person is already enrolled"),
    ENROLLED_IN_OTHER_ROLE(HttpStatus.CONFLICT, "The person is already enrolled in the other role"),
    ALREADY_WITHDRAWN(HttpStatus.CONFLICT, "It has already been withdrawn"),
    SELECTION_CHANGED(HttpStatus.CONFLICT, "The selection has changed since the preview"),
    SELECTION_TOO_LARGE(HttpStatus.BAD_REQUEST, "The filter selects too many people"),

    // Matching and pairs
    RUN_NOT_FINISHED(HttpStatus.CONFLICT, "The matching run has not finished"),
    PROPOSAL_ACCEPTED(HttpStatus.CONFLICT, "The proposal is already accepted"),
    HARD_RULE_BROKEN(HttpStatus.BAD_REQUEST, "The change breaks a hard rule"),
    MENTOR_OVER_CAPACITY(HttpStatus.BAD_REQUEST, "The mentor has no place left"),
    MENTEE_ALREADY_PAIRED(HttpStatus.CONFLICT, "The mentee already has a pair"),
    MENTEE_WITHDRAWN(HttpStatus.CONFLICT, "The mentee is no longer enrolled"),
    PAIR_STILL_OPEN(HttpStatus.CONFLICT, "The pair has not ended"),
    TRANSITION_REFUSED(HttpStatus.CONFLICT, "The status cannot change this way"),
    ALREADY_FLAGGED(HttpStatus.CONFLICT, "The mentee is already flagged for this"),

    // Check-ins and surveys
    CHECK_INS_READ_ONLY(HttpStatus.FORBIDDEN, "These check-ins are read-only for you"),
    CHECK_IN_CANCELLED(HttpStatus.CONFLICT, "The check-in was cancelled"),
    CHECK_IN_TRANSITION_REFUSED(HttpStatus.CONFLICT, "The check-in cannot change this way"),
    SURVEY_ANSWERED(HttpStatus.CONFLICT, "The survey was already answered"),

    // Roadmaps, the competency framework and the calendar
    ROADMAP_ARCHIVED(HttpStatus.CONFLICT, "The roadmap is archived"),
    NO_PACE(HttpStatus.CONFLICT, "There is no pace to agree to"),
    TOO_MANY_MILESTONES(HttpStatus.CONFLICT, "The roadmap has too many milestones"),
    MILESTONE_CLOSED(HttpStatus.CONFLICT, "The milestone is closed"),
    MILESTONE_NOT_REACHED(HttpStatus.CONFLICT, "The milestone is not reached"),
    MILESTONE_ENDORSED(HttpStatus.CONFLICT, "The milestone is already endorsed"),
    EXPERIMENT_CLOSED(HttpStatus.CONFLICT, "The experiment is closed"),
    COMPETENCY_IN_USE(HttpStatus.CONFLICT, "The competency is in use"),
    COMPETENCY_NAME_TAKEN(HttpStatus.CONFLICT, "A competency with this name already exists"),
    ROLE_PROFILE_IN_USE(HttpStatus.CONFLICT, "The role profile is in use"),
    ROLE_PROFILE_NAME_TAKEN(HttpStatus.CONFLICT, "A role profile with this name already exists"),
    CALENDAR_EVENT_IN_USE(HttpStatus.CONFLICT, "The event is in use");

    /** Where the problem types live; a type's URI is also where it is documented. */
    public static final String BASE_URI = "https://mentoring-platform.example/problems/";

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The type's short name, as in its URI: {@code COHORT_FULL} is {@code cohort-full}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem document's {@code type}, and the address of the type's documentation. */
    public String uri() {
        return BASE_URI + slug();
    }

    public HttpStatus status() {
        return status;
    }

    /** The same short summary for every occurrence of the type. */
    public String title() {
        return title;
    }

    /** This problem, with nothing more to say than the title. */
    public ProblemException exception() {
        return exception(null);
    }

    /** This problem, with what is particular to this occurrence. */
    public ProblemException exception(@Nullable String detail) {
        return exception(detail, List.of());
    }

    /** This problem, naming the fields at fault. */
    public ProblemException exception(@Nullable String detail, List<Problem.Violation> violations) {
        return new ProblemException(this, detail, violations);
    }
}
