package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** How the roadmap page's cards, headings, labelled texts and small buttons look, the same in every section. */
final class RoadmapStyle {

    private RoadmapStyle() {}

    /** A compact card holding {@code content}: the roadmap's columns are narrow. */
    static Div card(Component... content) {
        Card card = new Card(content);
        card.addClassName("compact");
        return card;
    }

    static H4 heading(String text) {
        H4 heading = new H4(text);
        heading.addClassName("card-title");
        return heading;
    }

    /** A labelled paragraph ("Why it matters" over the text), or nothing visible when the text is empty. */
    static Div labelled(String label, String text) {
        Span name = Hint.of(label);
        name.addClassName("label");
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.addClassName("prose");
        Div labelled = new Div(name, body);
        labelled.addClassName("labelled");
        labelled.setVisible(text != null && !text.isBlank());
        return labelled;
    }

    /** A hint shown where a list is empty. */
    static Paragraph emptyState(String text) {
        Paragraph empty = Hint.note(text);
        empty.addClassName("empty-state");
        return empty;
    }

    /** A small button of a card's actions. */
    static Button small(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, icon == null ? null : icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
