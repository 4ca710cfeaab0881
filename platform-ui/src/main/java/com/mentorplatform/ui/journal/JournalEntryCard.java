package com.mentorplatform.ui.journal;

import com.mentorplatform.ui.shell.Badge;
import com.mentorplatform.ui.workspace.LinkBadges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * One journal entry: its date and title, whether it is private (a lock) or shared with the mentor, the body (or
 * a search hit's snippet), its links, and below, when given, the author's actions.
 */
class JournalEntryCard extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    /** Longer bodies are cut here until the reader asks for the rest. */
    static final int PREVIEW_CHARS = 600;

    private final JournalEntry entry;

    JournalEntryCard(JournalEntry entry, Map<String, String> milestoneTitles, boolean showPrivacy, Component actions) {
        this.entry = entry;
        addClassName("journal-entry");
        getElement().setAttribute("data-shared", String.valueOf(entry.shared()));
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)").set("box-sizing", "border-box")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        setWidthFull();
        add(header(showPrivacy), text(), new LinkBadges(entry.competencies(), entry.milestoneIds(), milestoneTitles));
        if (actions != null) {
            add(actions);
        }
    }

    JournalEntry entry() {
        return entry;
    }

    private HorizontalLayout header(boolean showPrivacy) {
        Span day = new Span(DAY.format(entry.entryOn()));
        day.addClassName("journal-entry-date");
        day.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        H3 title = new H3(entry.title());
        title.addClassName("journal-entry-title");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Div titles = new Div(day, title);
        HorizontalLayout header = new HorizontalLayout(titles);
        if (showPrivacy) {
            header.add(privacyBadge(entry.shared()));
        }
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.START);
        header.expand(titles);
        return header;
    }

    /** A lock for a private entry, an eye for one the mentor may read. */
    static Span privacyBadge(boolean shared) {
        Icon icon = (shared ? VaadinIcon.EYE : VaadinIcon.LOCK).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("padding", "0 var(--lumo-space-xs) 0 0");
        Span badge = Badge.of("", shared ? Badge.Tone.SUCCESS : Badge.Tone.CONTRAST);
        badge.add(icon, new Span(shared ? "Shared with mentor" : "Private"));
        badge.addClassName("journal-privacy");
        badge.getElement().setAttribute("title", shared ? "Your mentor can read this entry"
                : "Only you can read this entry");
        return badge;
    }

    private Component text() {
        if (entry.snippet() != null) {
            return new Snippet(entry.snippet());
        }
        Paragraph body = new Paragraph();
        body.addClassName("journal-entry-body");
        body.getStyle().set("margin", "0").set("white-space", "pre-line");
        if (entry.body().length() <= PREVIEW_CHARS) {
            body.setText(entry.body());
            return body;
        }
        body.setText(entry.body().substring(0, PREVIEW_CHARS).stripTrailing() + "…");
        Button all = new Button("Read all", click -> {
            body.setText(entry.body());
            click.getSource().setVisible(false);
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new Div(body, all);
    }
}
