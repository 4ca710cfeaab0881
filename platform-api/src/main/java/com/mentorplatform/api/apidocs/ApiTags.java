package com.mentorplatform.api.apidocs;

/**
 * The feature tags of the OpenAPI document: every controller carries exactly one
 * ({@code @Tag(name = ApiTags.PEOPLE)}), so a client generated from the document has one API class per
 * feature. Each tag's description lives in {@code src/main/openapi/tags.yml}; a test checks that every tag
 * used is described there.
 */
public final class ApiTags {

    public static final String ANALYTICS = "Analytics";
    public static final String AUDIT = "Audit";
    public static final String AUTHENTICATION = "Authentication";
    public static final String CALENDAR = "Calendar";
    public static final String CALENDAR_FEEDS = "Calendar feeds";
    public static final String CHECK_INS = "Check-ins";
    public static final String COMPETENCY_FRAMEWORK = "Competency framework";
    public static final String ENROLMENTS = "Enrolments";
    public static final String EVIDENCE = "Evidence";
    public static final String JOURNAL = "Journal";
    public static final String LEADERSHIP = "Leadership";
    public static final String MAIL = "Mail";
    public static final String MATCHING = "Matching";
    public static final String NOTIFICATIONS = "Notifications";
    public static final String OPERATOR = "Operator";
    public static final String OVERSIGHT = "Oversight";
    public static final String PAIRS = "Pairs";
    public static final String PEOPLE = "People";
    public static final String PERSONAL_DATA = "Personal data";
    public static final String PROFILES = "Profiles";
    public static final String PROGRAMMES = "Programmes";
    public static final String PROMOTION_CASE = "Promotion case";
    public static final String RETENTION = "Retention";
    public static final String ROADMAPS = "Roadmaps";
    public static final String SCIM = "SCIM";
    public static final String SPONSORSHIP = "Sponsorship";
    public static final String SURVEYS = "Surveys";

    private ApiTags() {
    }
}
