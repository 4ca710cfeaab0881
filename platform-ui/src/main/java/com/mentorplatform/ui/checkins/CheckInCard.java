package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.ActionResponse;
import com.mentorplatform.client.model.CheckInPatchFeedback;
import com.mentorplatform.client.model.CheckInResponse;
import com.mentorplatform.client.model.CheckInStatus;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One check-in: when, how long, how it went, its notes, feedback and actions (tickable while the pair runs),
 * and behind a closed panel the viewer's own private note, loaded only when they open it.
 */
class CheckInCard extends Card {

    private final CheckInResponse checkIn;
    private final boolean writable;
    private final CheckInCommands commands;

    CheckInCard(CheckInResponse checkIn, boolean pairOpen, CheckInCommands commands, ZoneId zone) {
        this.checkIn = checkIn;
        this.writable = pairOpen && checkIn.getStatus() != CheckInStatus.CANCELLED;
        this.commands = commands;
        addClassName("check-in-card");
        getElement().setAttribute("data-status", checkIn.getStatus().name());
        if (checkIn.getStatus() == CheckInStatus.CANCELLED) {
            mute();
        }
        setWidthFull();
        add(header(zone));
        text("Agenda", checkIn.getAgenda(), "check-in-agenda-text");
        text("Shared notes", checkIn.getSharedNotes(), "check-in-notes-text");
        feedback();
        actions();
        if (writable && checkIn.getStatus() == CheckInStatus.SCHEDULED) {
            add(scheduledButtons());
        }
        add(privateNote());
    }

    private HorizontalLayout header(ZoneId zone) {
        Span when = new Span(Dates.weekdayMoment(checkIn.getOccursAt().atZoneSameInstant(zone)));
        when.addClassName("check-in-when");
        HorizontalLayout header = new HorizontalLayout(when, CheckInLabels.badge(checkIn.getStatus()));
        if (checkIn.getDurationMinutes() != null) {
            header.add(Hint.of(Dates.minutes(checkIn.getDurationMinutes())));
        }
        if (checkIn.getProgressRating() != null) {
            Span rating = new Span("★".repeat(checkIn.getProgressRating()) + "☆".repeat(5 - checkIn.getProgressRating()));
            rating.addClassName("check-in-rating");
            rating.getElement().setAttribute("title", "Progress " + checkIn.getProgressRating() + " of 5");
            header.add(rating);
        }
        Span by = Hint.of((checkIn.getStatus() == CheckInStatus.SCHEDULED ? "Scheduled by " : "Logged by ")
                + checkIn.getCreatedByName());
        header.add(by);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, by);
        by.addClassName("check-in-by");
        return header;
    }

    private void text(String label, String value, String className) {
        if (value != null && !value.isBlank()) {
            Div body = new Div(value);
            body.addClassName(className);
            body.addClassName("prose");
            add(heading(label), body);
        }
    }

    private void feedback() {
        CheckInPatchFeedback f = checkIn.getFeedback();
        if (f == null) {
            return;
        }
        Div parts = new Div();
        parts.addClassName("check-in-feedback");
        addPart(parts, "Observation", f.getObservation());
        addPart(parts, "Impact", f.getImpact());
        addPart(parts, "Suggestion", f.getSuggestion());
        add(heading("Feedback"), parts);
    }

    private static void addPart(Div parts, String label, String text) {
        if (text != null) {
            Span name = new Span(label + ": ");
            name.addClassName("label");
            parts.add(new Div(name, new Span(text)));
        }
    }

    private void actions() {
        if (checkIn.getActions().isEmpty()) {
            return;
        }
        Div list = new Div();
        list.addClassName("check-in-actions");
        for (ActionResponse action : checkIn.getActions()) {
            boolean done = Boolean.TRUE.equals(action.getDone());
            Checkbox box = new Checkbox(action.getDescription() + " — " + action.getOwnerName()
                    + (action.getDueOn() == null ? "" : ", due " + Dates.dayInYear(action.getDueOn())), done);
            box.addClassName("check-in-action");
            box.setEnabled(writable);
            box.addValueChangeListener(change -> {
                if (change.isFromClient() && !commands.tick(action, change.getValue())) {
                    box.setValue(change.getOldValue());
                }
            });
            Div row = new Div(box);
            if (!done && action.getDueOn() != null && action.getDueOn().isBefore(LocalDate.now())) {
                Span overdue = Badge.of("Overdue", Badge.Tone.ERROR);
                overdue.addClassName("check-in-action-overdue");
                row.add(overdue);
            }
            list.add(row);
        }
        add(heading("Agreed actions"), list);
    }

    private HorizontalLayout scheduledButtons() {
        Button held = new Button("Log as held", click -> commands.logAsHeld(checkIn));
        held.addClassName("check-in-log-held");
        held.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button cancel = new Button("Cancel check-in", click -> commands.cancel(checkIn));
        cancel.addClassName("check-in-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(held, cancel);
        buttons.addClassName("card-actions");
        return buttons;
    }

    /** The viewer's own note, fetched when the panel opens: lists never carry private notes. */
    private Details privateNote() {
        Icon lock = VaadinIcon.LOCK.create();
        lock.setSize("var(--lumo-icon-size-s)");
        Span summary = new Span(lock, new Span(" My private note "), Badge.of("Only you can see this", Badge.Tone.CONTRAST));
        Details details = new Details(summary);
        details.addClassName("check-in-private-note");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(noteEditor(commands.privateNote(checkIn)));
            }
        });
        return details;
    }

    private Div noteEditor(String note) {
        TextArea text = new TextArea();
        text.addClassName("private-note-text");
        text.setAriaLabel("My private note");
        text.setWidthFull();
        text.setMaxLength(8000);
        text.setValue(Texts.orEmpty(note));
        text.setPlaceholder(writable ? "Write something only you will see" : "You wrote no private note here");
        text.setReadOnly(!writable);
        Div editor = new Div(text);
        if (writable) {
            Button save = new Button("Save private note", click -> commands.savePrivateNote(checkIn, text.getValue()));
            save.addClassName("private-note-save");
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            editor.add(save);
        }
        return editor;
    }

    private static H4 heading(String text) {
        H4 heading = new H4(text);
        heading.addClassName("card-section");
        return heading;
    }
}
