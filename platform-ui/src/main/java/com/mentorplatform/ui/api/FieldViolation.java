package com.mentorplatform.ui.api;

/** One rejected field of a request, named as in the request's JSON. */
public record FieldViolation(String field, String message) {}
