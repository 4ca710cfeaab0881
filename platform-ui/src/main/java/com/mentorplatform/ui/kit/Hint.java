package com.mentorplatform.ui.kit;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Secondary text: a date beside a title, who did something, an explanation under a heading, what an empty list
 * means. In Lumo's secondary text colour (class {@code hint}, smaller; {@code note}, a paragraph at body size).
 */
public final class Hint {

    private Hint() {}

    /** A short secondary text in a smaller size, inline. */
    public static Span of(String text) {
        Span hint = new Span(text);
        hint.addClassName("hint");
        return hint;
    }

    /** A paragraph of explanation at body size, without the paragraph's margins. */
    public static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("note");
        return note;
    }
}
