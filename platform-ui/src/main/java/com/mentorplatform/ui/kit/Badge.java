package com.mentorplatform.ui.kit;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.ThemeList;

/**
 * Small coloured labels (status, roles) in Lumo's badge style ({@code theme="badge success"}, part of the prebuilt
 * bundle), used the same way on every screen.
 */
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
        tone(badge, tone);
        return badge;
    }

    /** Makes {@code badge} a badge of {@code tone}, e.g. a count that turns red when it passes a limit. */
    public static void tone(Span badge, Tone tone) {
        ThemeList themes = badge.getElement().getThemeList();
        themes.clear();
        themes.add("badge");
        if (!tone.theme.isEmpty()) {
            themes.add(tone.theme);
        }
    }

    /** A badge led by a small icon, e.g. a lock on a private entry. */
    public static Span of(String text, Tone tone, VaadinIcon icon) {
        Span badge = of("", tone);
        badge.add(icon.create(), new Span(text));
        badge.addClassName("with-icon");
        return badge;
    }
}
