package com.mentorplatform.ui.workspace;

/** Something a record links to, by id, with the name people know it by (a competency, a milestone). */
public record Named(String id, String name) {
}
