package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.CheckInPatchFeedback;
import com.mentorplatform.client.model.CheckInRequest;
import com.mentorplatform.client.model.CheckInResponse;
import com.mentorplatform.client.model.CheckInStatus;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Logs a check-in that was held, schedules the next one, or logs a scheduled one as held. It never calls the
 * API: it raises a {@link SaveEvent} (the scheduled check-in as the original when logging one) and shows the
 * API's field violations next to the fields.
 */
class CheckInDialog extends Dialog {

    /** What the dialog is for. */
    enum Mode { LOG, SCHEDULE, LOG_SCHEDULED }

    private static final Pattern ACTION_FIELD = Pattern.compile("actions\\[(\\d+)]\\.(\\w+)");

    final DateTimePicker when = new DateTimePicker("When");
    final IntegerField duration = new IntegerField("Duration (minutes)");
    final TextArea agenda = new TextArea("Agenda");
    final TextArea sharedNotes = new TextArea("Shared notes");
    final TextArea observation = new TextArea("Observation");
    final TextArea impact = new TextArea("Impact");
    final TextArea suggestion = new TextArea("Suggestion");
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("Progress since the last check-in");
    final ActionRows actions;
    final TextArea privateNote = new TextArea("Private note");
    final Button save = new Button();
    private final Mode mode;
    private final CheckInResponse scheduled;
    private final ZoneId zone;
    private final FormProblems problems;

    CheckInDialog(Mode mode, CheckInResponse scheduled, List<ActionRows.Member> members, ActionRows.Member viewer,
                  String otherName, ZoneId zone) {
        this.mode = mode;
        this.scheduled = scheduled;
        this.zone = zone;
        this.actions = new ActionRows(members, viewer);
        this.problems = new FormProblems(this::fieldOf);
        setId("check-in-dialog");
        setHeaderTitle(switch (mode) {
            case LOG -> "Log a check-in with " + otherName;
            case SCHEDULE -> "Schedule a check-in with " + otherName;
            case LOG_SCHEDULED -> "Log the scheduled check-in with " + otherName;
        });
        setWidth("46rem");
        configureFields(otherName);
        add(form());
        getFooter().add(buttons());
    }

    private void configureFields(String otherName) {
        when.setId("check-in-when");
        when.setStep(Duration.ofMinutes(15));
        when.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        when.setValue(initialTime());
        duration.setId("check-in-duration");
        duration.setMin(5);
        duration.setMax(480);
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        duration.setValue(45);
        agenda.setId("check-in-agenda");
        agenda.setMaxLength(4000);
        agenda.setHelperText("Pre-filled from the roadmap and open actions; change it as you like");
        sharedNotes.setId("check-in-notes");
        sharedNotes.setMaxLength(8000);
        sharedNotes.setHelperText("You and " + otherName + " both see these");
        observation.setId("feedback-observation");
        observation.setHelperText("What did you see or hear? One specific moment, about behaviour");
        impact.setId("feedback-impact");
        impact.setHelperText("What effect did it have, and on whom?");
        suggestion.setId("feedback-suggestion");
        suggestion.setHelperText("What to keep doing or try next time");
        List.of(observation, impact, suggestion).forEach(field -> field.setMaxLength(2000));
        rating.setId("check-in-rating");
        rating.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        rating.setHelperText("1 = stalled, 3 = steady, 5 = well ahead");
        privateNote.setId("check-in-private-note");
        privateNote.setMaxLength(8000);
        privateNote.setHelperText("Not shown to " + otherName + ", the programme manager or anyone else");
        if (scheduled != null) {
            agenda.setValue(Texts.orEmpty(scheduled.getAgenda()));
            sharedNotes.setValue(Texts.orEmpty(scheduled.getSharedNotes()));
            duration.setValue(scheduled.getDurationMinutes());
            privateNote.setValue(Texts.orEmpty(scheduled.getMyPrivateNote()));
        }
    }

    /** Now for a log, a week ahead on the hour for a schedule, the planned time for a scheduled one that came. */
    private LocalDateTime initialTime() {
        LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
        if (mode == Mode.SCHEDULE) {
            return now.plusWeeks(1).withMinute(0);
        }
        boolean plannedPassed = scheduled != null && scheduled.getOccursAt().toInstant().isBefore(Instant.now());
        return plannedPassed ? LocalDateTime.ofInstant(scheduled.getOccursAt().toInstant(), zone) : now;
    }

    private Div form() {
        FormLayout basics = new FormLayout(when, duration);
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Div form = new Div(problems.box(), basics, agenda);
        agenda.setWidthFull();
        sharedNotes.setWidthFull();
        if (mode != Mode.SCHEDULE) {
            form.add(sharedNotes, feedbackSection(), rating, section("Agreed actions",
                    "Who does what by when; owners are the two of you"), actions);
        }
        form.add(privateSection());
        return form;
    }

    private Div feedbackSection() {
        Div section = section("Feedback", "Specific and forward-looking: what happened, what it changed, what next");
        FormLayout parts = new FormLayout(observation, impact, suggestion);
        parts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        section.add(parts);
        return section;
    }

    /** The private note, set apart so no one mistakes it for a shared field. */
    private Div privateSection() {
        Span badge = Badge.of("Only you can see this", Badge.Tone.CONTRAST);
        Icon lock = VaadinIcon.LOCK.create();
        lock.setSize("var(--lumo-icon-size-s)");
        badge.addComponentAsFirst(lock);
        badge.setId("private-note-marker");
        HorizontalLayout title = new HorizontalLayout(new H4("Private note"), badge);
        title.setAlignItems(HorizontalLayout.Alignment.CENTER);
        privateNote.setLabel(null);
        privateNote.setAriaLabel("Private note, only you can see this");
        privateNote.setWidthFull();
        Div section = new Div(title, privateNote);
        section.setId("private-note-section");
        section.addClassName("private-section");
        return section;
    }

    private static Div section(String title, String hint) {
        H4 heading = new H4(title);
        heading.addClassName("form-section");
        return new Div(heading, Hint.of(hint));
    }

    private Button[] buttons() {
        save.setId("check-in-save");
        save.setText(switch (mode) {
            case LOG, LOG_SCHEDULED -> "Log check-in";
            case SCHEDULE -> "Schedule";
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent<>(this, scheduled, change())));
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("check-in-dialog-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Button[] {cancel, save};
    }

    /**
     * The body of a new check-in; for a scheduled one being logged as held, its shared fields plus the actions
     * and private note sent after it. Instants go in UTC, as the API writes them.
     */
    CheckInRequest change() {
        boolean held = mode != Mode.SCHEDULE;
        return new CheckInRequest().status(held ? CheckInStatus.HELD : CheckInStatus.SCHEDULED)
                .occursAt(when.getValue() == null ? null
                        : when.getValue().atZone(zone).toInstant().atOffset(ZoneOffset.UTC))
                .durationMinutes(duration.getValue())
                .agenda(Texts.blankToNull(agenda.getValue()))
                .sharedNotes(held ? Texts.blankToNull(sharedNotes.getValue()) : null)
                .feedback(held ? feedback(observation.getValue(), impact.getValue(), suggestion.getValue()) : null)
                .progressRating(held ? rating.getValue() : null)
                .actions(held ? actions.values() : List.of())
                .privateNote(Texts.blankToNull(privateNote.getValue()));
    }

    /** Null when every part is empty, so the API stores no feedback at all. */
    private static CheckInPatchFeedback feedback(String observation, String impact, String suggestion) {
        CheckInPatchFeedback feedback = new CheckInPatchFeedback().observation(Texts.blankToNull(observation))
                .impact(Texts.blankToNull(impact)).suggestion(Texts.blankToNull(suggestion));
        return feedback.getObservation() == null && feedback.getImpact() == null && feedback.getSuggestion() == null
                ? null : feedback;
    }

    /** Puts the suggested agenda in the agenda field, unless something is there already. */
    void suggestAgenda(String text) {
        if (agenda.getValue().isBlank() && text != null) {
            agenda.setValue(text);
        }
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    private HasValidation fieldOf(String jsonName) {
        Matcher action = ACTION_FIELD.matcher(jsonName);
        if (action.matches()) {
            return actions.field(Integer.parseInt(action.group(1)), action.group(2));
        }
        return Map.<String, HasValidation>of("occursAt", when, "durationMinutes", duration, "agenda", agenda,
                "sharedNotes", sharedNotes, "feedback.observation", observation, "feedback.impact", impact,
                "feedback.suggestion", suggestion, "progressRating", rating, "privateNote", privateNote)
                .get(jsonName);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<CheckInResponse, CheckInRequest>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
