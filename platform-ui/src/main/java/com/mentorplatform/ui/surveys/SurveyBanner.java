package com.mentorplatform.ui.surveys;

import com.mentorplatform.client.model.WaitingSurvey;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.shell.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A line across the mentee's or mentor's workspace while a survey waits for them: the oldest survey's question
 * and a button that opens its short form; hidden when nothing waits. The bell's survey notification leads to the
 * page that shows it. Answering one shows the next, if any.
 */
public class SurveyBanner extends Div {

    final Span question = new Span();
    final Button answer = new Button("Answer");
    final SurveyForm form = new SurveyForm();
    final Dialog dialog = new EditorDialog(form, "36rem");
    private final SurveysClient client;
    private WaitingSurvey shown;

    public SurveyBanner() {
        this(new SurveysClient(ConsoleSession.current().api()));
    }

    SurveyBanner(SurveysClient client) {
        this.client = client;
        setId("survey-banner");
        addClassNames("banner", "invite");
        configureDialog();
        answer.setId("survey-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        answer.addClickListener(click -> open());
        question.setId("survey-question");
        add(question, answer, dialog);
        refresh();
    }

    private void configureDialog() {
        dialog.setId("survey-dialog");
        dialog.setHeaderTitle("A short survey");
        dialog.setMaxWidth("100%");
        form.addSaveListener(save -> send(save.original(), save.change()));
    }

    /** Shows the oldest waiting survey, or hides the banner when none waits. */
    void refresh() {
        List<WaitingSurvey> waiting = client.waiting();
        shown = waiting.isEmpty() ? null : waiting.get(0);
        setVisible(shown != null);
        if (shown != null) {
            String more = waiting.size() > 1 ? " (" + (waiting.size() - 1) + " more waiting)" : "";
            question.setText("A short survey waits: " + SurveyLabels.question(shown) + more);
        }
    }

    void open() {
        form.ask(shown);
        dialog.setHeaderTitle(SurveyLabels.question(shown));
        dialog.open();
    }

    private void send(WaitingSurvey survey, SurveyAnswer given) {
        try {
            client.answer(survey.getId(), given);
        } catch (ApiProblem refused) {
            form.showProblem(refused);
            return;
        }
        dialog.close();
        Toast.done("Thank you: your answer was sent");
        refresh();
    }
}
