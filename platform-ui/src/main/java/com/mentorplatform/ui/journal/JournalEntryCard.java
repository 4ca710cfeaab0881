package com.mentorplatform.ui.journal;

import com.mentorplatform.client.model.JournalEntryResponse;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.workspace.LinkBadges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;

/**
 * One journal entry: its date and title, whether it is private (a lock) or shared with the mentor, the body (or
 * a search hit's snippet), its links, and below, when given, the author's actions.
 */
class JournalEntryCard extends Card {

    /** Longer bodies are cut here until the reader asks for the rest. */
    static final int PREVIEW_CHARS = 600;

    private final JournalEntryResponse entry;

    JournalEntryCard(JournalEntryResponse entry, Map<String, String> milestoneTitles, boolean showPrivacy,
            Component actions) {
        this.entry = entry;
        addClassNames("journal-entry", "stack");
        getElement().setAttribute("data-shared", String.valueOf(entry.getShared()));
        setWidthFull();
        add(header(showPrivacy), text(),
                new LinkBadges(entry.getCompetencies(), entry.getMilestoneIds(), milestoneTitles));
        if (actions != null) {
            add(actions);
        }
    }

    JournalEntryResponse entry() {
        return entry;
    }

    private HorizontalLayout header(boolean showPrivacy) {
        Span day = Hint.of(Dates.weekday(entry.getEntryOn()));
        day.addClassName("journal-entry-date");
        H3 title = new H3(entry.getTitle());
        title.addClassName("journal-entry-title");
        title.addClassName("card-title");
        Div titles = new Div(day, title);
        HorizontalLayout header = new HorizontalLayout(titles);
        if (showPrivacy) {
            header.add(privacyBadge(entry.getShared()));
        }
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.START);
        header.expand(titles);
        return header;
    }

    /** A lock for a private entry, an eye for one the mentor may read. */
    static Span privacyBadge(boolean shared) {
        Span badge = Badge.of(shared ? "Shared with mentor" : "Private", shared ? Badge.Tone.SUCCESS : Badge.Tone.CONTRAST,
                shared ? VaadinIcon.EYE : VaadinIcon.LOCK);
        badge.addClassName("journal-privacy");
        badge.getElement().setAttribute("title", shared ? "Your mentor can read this entry"
                : "Only you can read this entry");
        return badge;
    }

    private Component text() {
        if (entry.getSnippet() != null) {
            return new Snippet(entry.getSnippet());
        }
        Paragraph body = new Paragraph();
        body.addClassName("journal-entry-body");
        body.addClassName("prose");
        if (entry.getBody().length() <= PREVIEW_CHARS) {
            body.setText(entry.getBody());
            return body;
        }
        body.setText(entry.getBody().substring(0, PREVIEW_CHARS).stripTrailing() + "…");
        Button all = new Button("Read all", click -> {
            body.setText(entry.getBody());
            click.getSource().setVisible(false);
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new Div(body, all);
    }
}
