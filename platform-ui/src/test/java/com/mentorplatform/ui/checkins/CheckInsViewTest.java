package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.PairResponse;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.pairs.MyPairsView;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo logins' check-ins: the demo mentor's first pair, and the demo mentee's pair (Tara Tanaka's). */
@ExtendWith(RunningPlatform.class)
class CheckInsViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_mentor_sees_the_history_newest_first_with_the_next_one_scheduled_and_the_cohort_cadence() {
        CheckInsView view = openOwnPair("mentor@acme.example");

        assertThat(view.title.getText()).isEqualTo("Check-ins with " + firstPair().getMenteeName());
        assertThat(cards(view)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cards(view).get(0).getElement().getAttribute("data-status")).isEqualTo("SCHEDULED");
        assertThat(view.banner.getText()).startsWith("Last check-in").contains("the cohort expects one every 14 days",
                "Next check-in");
        assertThat(view.getElement().getTextRecursively()).contains("Observation: ", "Impact: ", "Suggestion: ",
                "Agreed actions", "Logged by");
    }

    @Test
    void the_log_dialog_suggests_the_agenda_and_marks_the_private_note_as_only_for_its_author() {
        CheckInsView view = openOwnPair("mentor@acme.example");

        _click(view.log);
        CheckInDialog dialog = view.dialog;

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.agenda.getValue()).contains("Open actions", " due ");
        assertThat(_get(dialog, Component.class, spec -> spec.withId("private-note-marker")).getElement().getText())
                .isEqualTo("Only you can see this");
        assertThat(dialog.privateNote.getHelperText()).contains("Not shown to " + firstPair().getMenteeName());
        assertThat(dialog.observation.getHelperText()).isNotBlank();
        assertThat(dialog.impact.getHelperText()).isNotBlank();
        assertThat(dialog.suggestion.getHelperText()).isNotBlank();
    }

    @Test
    void the_apis_field_errors_show_on_their_fields_and_nothing_is_logged() {
        CheckInsView view = openOwnPair("mentee@acme.example");
        int before = cards(view).size();
        _click(view.log);
        CheckInDialog dialog = view.dialog;

        dialog.duration.setValue(3);
        _click(dialog.save);
        boolean durationMarked = dialog.duration.isInvalid();
        String durationMessage = dialog.duration.getErrorMessage();
        dialog.duration.setValue(30);
        ActionRows.Row row = dialog.actions.addRow();
        row.description.setValue("Send the rollout plan");
        row.dueOn.setValue(LocalDate.now().minusDays(3));
        _click(dialog.save);

        assertThat(durationMarked).isTrue();
        assertThat(durationMessage).isNotBlank();
        assertThat(row.dueOn.isInvalid()).isTrue();
        assertThat(row.dueOn.getErrorMessage()).contains("must not be before");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(new CheckInsClient(ConsoleSession.current().api()).page(firstPair().getId().toString(), 50, null).getItems())
                .hasSize(before);
    }

    @Test
    void the_mentee_opens_their_own_private_notes_and_never_sees_the_mentors() {
        CheckInsView view = openOwnPair("mentee@acme.example");

        _find(view, Details.class).forEach(details -> details.setOpened(true));

        assertThat(view.getElement().getTextRecursively()).doesNotContain("undersells", "sponsorship");
        assertThat(_find(view, com.vaadin.flow.component.textfield.TextArea.class))
                .anySatisfy(note -> assertThat(note.getValue()).startsWith("I was nervous"))
                .noneSatisfy(note -> assertThat(note.getValue()).contains("undersells"));
    }

    @Test
    void an_open_action_past_its_due_date_is_marked_overdue_and_a_done_one_never_is() {
        CheckInsView view = openOwnPair("mentee@acme.example");

        List<Checkbox> actions = _find(view, Checkbox.class, spec -> spec.withClasses("check-in-action"));
        Predicate<Checkbox> markedOverdue = box -> !_find((Component) box.getParent().orElseThrow(), Span.class,
                spec -> spec.withClasses("check-in-action-overdue")).isEmpty();

        assertThat(actions).filteredOn(box -> !box.getValue()).anyMatch(markedOverdue);
        assertThat(actions).filteredOn(Checkbox::getValue).isNotEmpty().noneMatch(markedOverdue);
    }

    @Test
    void my_mentoring_leads_to_the_pairs_check_ins() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        UI.getCurrent().navigate(MyPairsView.class);

        _click(_get(Button.class, spec -> spec.withClasses("pair-check-ins")));

        assertThat(KaribuConsole.currentView()).isInstanceOf(CheckInsView.class);
    }

    @Test
    void someone_elses_pair_is_not_found() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        UI.getCurrent().navigate("pairs/0190a1b2-0000-7000-8000-000000000000/check-ins");

        assertThat(KaribuConsole.currentView()).isNotInstanceOf(CheckInsView.class);
    }

    /** The check-ins of the user's first active pair. */
    private static CheckInsView openOwnPair(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate("pairs/" + firstPair().getId().toString() + "/check-ins");
        return (CheckInsView) KaribuConsole.currentView();
    }

    private static PairResponse firstPair() {
        return ConsoleSession.current().api().getList("/api/me/pairs", PairResponse.class).stream()
                .filter(CheckInsClient::isOpen).findFirst().orElseThrow();
    }

    private static List<CheckInCard> cards(CheckInsView view) {
        return _find(view, CheckInCard.class);
    }
}
