package com.mentorplatform.ui.kit;

/**
 * How a form moves text between the API and its fields: an absent value shows as an empty field, and a field left
 * blank is sent as absent rather than as white space.
 */
public final class Texts {

    private Texts() {}

    /** The text to put in a field: empty for an absent value, since a field cannot hold null. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** What a field the user may leave empty sends: null when blank, else the text without surrounding space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
