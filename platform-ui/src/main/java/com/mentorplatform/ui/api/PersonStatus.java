package com.mentorplatform.ui.api;

/** Whether a person still works for the tenant. */
public enum PersonStatus {
    ACTIVE,
    LEFT
}
