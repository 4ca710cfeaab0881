package com.mentorplatform.ui.surveys;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.SurveyKind;
import com.mentorplatform.client.model.WaitingSurvey;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class SurveyBannerTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_mentor_sees_the_waiting_fit_survey_on_my_mentoring_and_answers_it_from_the_banner() {
        SurveyBanner banner = openMyMentoring("globex");
        List<WaitingSurvey> before = client().waiting();
        WaitingSurvey oldest = before.get(0);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.question.getText()).contains(SurveyLabels.question(oldest));
        _click(banner.answer);
        assertThat(banner.dialog.isOpened()).isTrue();
        assertThat(banner.form.goodFit.isVisible()).isEqualTo(oldest.getKind() == SurveyKind.FIT);
        answer(banner.form, oldest.getKind());
        _click(banner.form.send);

        assertThat(banner.dialog.isOpened()).isFalse();
        assertThat(client().waiting()).extracting(WaitingSurvey::getId).doesNotContain(oldest.getId())
                .hasSize(before.size() - 1);
        assertThat(banner.isVisible()).isEqualTo(before.size() > 1);
    }

    @Test
    void sending_without_an_answer_marks_the_question_and_keeps_the_survey_waiting() {
        SurveyBanner banner = openMyMentoring("acme");
        int waiting = client().waiting().size();

        _click(banner.answer);
        _click(banner.form.send);

        assertThat(banner.dialog.isOpened()).isTrue();
        assertThat(List.of(banner.form.goodFit, banner.form.progress, banner.form.recommend))
                .anySatisfy(question -> assertThat(question.isInvalid()).isTrue());
        assertThat(client().waiting()).hasSize(waiting);
    }

    @Test
    void the_form_asks_only_the_questions_of_the_surveys_kind_and_sends_only_their_answers() {
        KaribuConsole.start();
        SurveyForm form = new SurveyForm();

        form.ask(survey(SurveyKind.QUALITY, 1));
        form.progress.setValue(4);
        form.openness.setValue(5);
        form.timeUse.setValue(3);
        form.comment.setValue("  Useful  ");

        assertThat(form.goodFit.isVisible()).isFalse();
        assertThat(form.recommend.isVisible()).isFalse();
        assertThat(form.answer()).isEqualTo(new SurveyAnswer(null, 4, 5, 3, null, "Useful"));
        form.ask(survey(SurveyKind.END, 0));
        assertThat(form.progress.getValue()).isNull();
        assertThat(form.recommend.isVisible()).isTrue();
        assertThat(form.comment.getValue()).isEmpty();
    }

    /** The demo mentor of {@code tenant} on "My mentoring": the demo leaves their fit surveys waiting. */
    private static SurveyBanner openMyMentoring(String tenant) {
        KaribuConsole.start();
        KaribuConsole.signIn(tenant, "mentor@" + tenant + ".example");
        UI.getCurrent().navigate("me/pairs");
        return _get(SurveyBanner.class);
    }

    private static WaitingSurvey survey(SurveyKind kind, int period) {
        return new WaitingSurvey().id(UUID.randomUUID()).kind(kind).period(period).pairId(UUID.randomUUID())
                .partnerName("Ana Ruiz").cohortName("Spring");
    }

    private static SurveysClient client() {
        return new SurveysClient(ConsoleSession.current().api());
    }

    private static void answer(SurveyForm form, SurveyKind kind) {
        switch (kind) {
            case FIT -> form.goodFit.setValue(SurveyForm.YES);
            case QUALITY -> List.of(form.progress, form.openness, form.timeUse).forEach(q -> q.setValue(4));
            default -> form.recommend.setValue(9);
        }
    }
}
