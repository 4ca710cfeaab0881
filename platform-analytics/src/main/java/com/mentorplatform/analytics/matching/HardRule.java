package com.mentorplatform.analytics.matching;

/** The rules no proposed pair ever breaks, in the order they are reported. */
public enum HardRule {
    SAME_PERSON("the mentor and the mentee are the same person"),
    REPORTING_CHAIN("the mentor is the mentee's manager or above them in their reporting chain"),
    MENTEE_AVOIDS_MENTOR("the mentee asked not to be paired with this mentor"),
    MENTOR_AVOIDS_MENTEE("the mentor asked not to be paired with this mentee"),
    DECLINED_TOPIC("the mentor declined a topic the mentee wants to work on"),
    NO_SHARED_LANGUAGE("the cohort requires a shared language and they have none"),
    MENTOR_AT_CAPACITY("the mentor has no place left");

    private final String description;

    HardRule(String description) {
        this.description = description;
    }

    /** The rule in plain words, suitable for the console. */
    public String description() {
        return description;
    }
}
