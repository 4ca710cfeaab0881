package com.mentorplatform.ui.surveys;

import com.mentorplatform.client.model.SurveyKind;
import com.mentorplatform.client.model.WaitingSurvey;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.CloseEvent;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Answers one survey: "a good fit?" for FIT, three questions on a 1–5 scale for QUALITY, a 0–10 recommend score
 * for END, and an optional comment. Only the kind's questions show. It raises {@link SaveEvent} and shows the
 * API's violations next to their questions.
 */
class SurveyForm extends FormLayout {

    static final int MAX_COMMENT = 1000;
    static final String YES = "Yes";
    static final String NO = "No";
    static final String PRIVACY = "HR sees scores only as totals of several people, and comments without your name "
            + "and only from a group that large; the other person in your pair never sees your answers.";

    final RadioButtonGroup<String> goodFit = new RadioButtonGroup<>("Is this pair a good fit for you?");
    final RadioButtonGroup<Integer> progress = scale("Our meetings move my goals forward (1 = not at all, 5 = a lot)", 1);
    final RadioButtonGroup<Integer> openness = scale("I can speak openly in our meetings (1 = not at all, 5 = fully)", 1);
    final RadioButtonGroup<Integer> timeUse = scale("Our time together is well used (1 = not at all, 5 = fully)", 1);
    final RadioButtonGroup<Integer> recommend = scale(
            "How likely are you to recommend the mentoring programme to a colleague? (0 = not at all, 10 = very)", 0);
    final TextArea comment = new TextArea("Anything you want to add? (optional)");
    final Button send = new Button("Send answer");
    final Button later = new Button("Later");
    private final FormProblems problems;
    private WaitingSurvey survey;

    SurveyForm() {
        setId("survey-form");
        problems = new FormProblems(Map.<String, HasValidation>of("goodFit", goodFit, "progress", progress,
                "openness", openness, "timeUse", timeUse, "recommend", recommend, "comment", comment));
        configureFields();
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(problems.box(), goodFit, progress, openness, timeUse, recommend, comment, buttons());
    }

    private void configureFields() {
        goodFit.setId("survey-good-fit");
        goodFit.setItems(YES, NO);
        progress.setId("survey-progress");
        openness.setId("survey-openness");
        timeUse.setId("survey-time-use");
        recommend.setId("survey-recommend");
        comment.setId("survey-comment");
        comment.setMaxLength(MAX_COMMENT);
        comment.setHelperText(PRIVACY);
    }

    private static RadioButtonGroup<Integer> scale(String label, int from) {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>(label);
        scale.setItems(IntStream.rangeClosed(from, from == 0 ? 10 : 5).boxed().toList());
        return scale;
    }

    private HorizontalLayout buttons() {
        send.setId("survey-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        later.setId("survey-later");
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        send.addClickListener(click -> fireEvent(new SaveEvent<>(this, survey, answer())));
        later.addClickListener(click -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(send, later);
    }

    /** Shows the questions of {@code shown}'s kind, unanswered. */
    void ask(WaitingSurvey shown) {
        survey = shown;
        problems.clear();
        List.of(goodFit, progress, openness, timeUse, recommend).forEach(RadioButtonGroup::clear);
        comment.clear();
        goodFit.setVisible(shown.getKind() == SurveyKind.FIT);
        List.of(progress, openness, timeUse).forEach(q -> q.setVisible(shown.getKind() == SurveyKind.QUALITY));
        recommend.setVisible(shown.getKind() == SurveyKind.END);
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    /** What was chosen, the hidden questions left out (null) so the API reads only the kind's own. */
    SurveyAnswer answer() {
        String text = comment.getValue().strip();
        return new SurveyAnswer(goodFit.isVisible() && goodFit.getValue() != null ? YES.equals(goodFit.getValue()) : null,
                shown(progress), shown(openness), shown(timeUse), shown(recommend), text.isEmpty() ? null : text);
    }

    private static Integer shown(RadioButtonGroup<Integer> question) {
        return question.isVisible() ? question.getValue() : null;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<WaitingSurvey, SurveyAnswer>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
