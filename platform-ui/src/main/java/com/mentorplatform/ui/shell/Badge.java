package com.mentorplatform.ui.shell;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (status, roles) in Lumo's badge style, used the same way on every screen. */
public final class Badge {

    /** The colours a badge can take. */
    public enum Tone {
        NEUTRAL(""),
        SUCCESS("success"),
        ERROR("error"),
        WARNING("warning"),
        CONTRAST("contrast");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }

    private Badge() {}

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!tone.theme.isEmpty()) {
            badge.getElement().getThemeList().add(tone.theme);
        }
        return badge;
    }
}
