package com.mentorplatform.ui.roadmaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the roadmap page's cards, headings, quiet texts, dates and small buttons look, the same in every section. */
final class RoadmapStyle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private RoadmapStyle() {}

    /** A bordered card holding {@code content}. */
    static Div card(Component... content) {
        Div card = new Div(content);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-base-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-sizing", "border-box");
        return card;
    }

    static H4 heading(String text) {
        H4 heading = new H4(text);
        heading.getStyle().set("margin", "0");
        return heading;
    }

    /** Secondary text in a smaller size, e.g. a date or who did something. */
    static Span quiet(String text) {
        Span quiet = new Span(text);
        quiet.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return quiet;
    }

    /** A labelled paragraph ("Why it matters" over the text), or nothing visible when the text is empty. */
    static Div labelled(String label, String text) {
        Span name = quiet(label);
        name.getStyle().set("display", "block").set("font-weight", "600");
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("white-space", "pre-line");
        Div labelled = new Div(name, body);
        labelled.setVisible(text != null && !text.isBlank());
        return labelled;
    }

    /** A hint shown where a list is empty. */
    static Paragraph emptyState(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-s) 0");
        return empty;
    }

    /** A small button of a card's actions. */
    static Button small(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, icon == null ? null : icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "1 Mar – 31 May 2027" or "1 Dec 2027 – 28 Feb 2028". */
    static String period(LocalDate from, LocalDate to) {
        DateTimeFormatter start = from.getYear() == to.getYear() ? DAY_IN_YEAR : DAY;
        return start.format(from) + " – " + DAY.format(to);
    }
}
