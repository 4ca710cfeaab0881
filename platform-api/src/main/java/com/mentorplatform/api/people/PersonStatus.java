package com.mentorplatform.api.people;

/** Whether a person still works at the company: the database derives it from their leaving date. */
public enum PersonStatus {
    ACTIVE, LEFT
}
