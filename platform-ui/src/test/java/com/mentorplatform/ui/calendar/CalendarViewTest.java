package com.mentorplatform.ui.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.EventKind;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class CalendarViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void mentee_reads_the_coming_months_but_cannot_change_them() {
        CalendarView view = openCalendarAs("mentee@acme.example");

        assertThat(_find(MonthSection.class)).isNotEmpty();
        assertThat(eventNames()).anyMatch(name -> name.startsWith("Promotion round"));
        assertThat(view.addEvent.isVisible()).isFalse();
        assertThat(_find(Button.class).stream().filter(Button::isVisible)
                .map(button -> button.getElement().getAttribute("aria-label")))
                .noneMatch(label -> label != null && (label.startsWith("Edit ") || label.startsWith("Delete ")));
    }

    @Test
    void leader_reads_the_calendar_too() {
        openCalendarAs("leader@acme.example");

        assertThat(eventNames()).anyMatch(name -> name.contains("performance review"));
    }

    @Test
    void admin_sees_an_end_before_the_start_on_the_end_field_then_saves_the_event() {
        CalendarView view = openCalendarAs("admin@acme.example");
        String name = "Talent review " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        _click(view.addEvent);

        _setValue(view.form.kind, EventKind.PERFORMANCE_REVIEW);
        _setValue(view.form.name, name);
        _setValue(view.form.startsOn, start);
        _setValue(view.form.endsOn, start.minusDays(3));
        _click(view.form.save);

        assertThat(view.form.endsOn.isInvalid()).isTrue();
        assertThat(view.form.endsOn.getErrorMessage()).contains("before");
        assertThat(view.editor.isOpened()).isTrue();

        _setValue(view.form.endsOn, start.plusDays(3));
        _click(view.form.save);

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(eventNames()).contains(name);
    }

    @Test
    void admin_renames_and_then_deletes_an_event() {
        CalendarView view = openCalendarAs("admin@acme.example");
        String name = "Hackathon " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.now().plusMonths(1).withDayOfMonth(5);
        _click(view.addEvent);
        _setValue(view.form.name, name);
        _setValue(view.form.startsOn, day);
        _setValue(view.form.endsOn, day);
        _click(view.form.save);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Edit " + name)));
        _setValue(view.form.name, name + " II");
        _click(view.form.save);
        assertThat(eventNames()).contains(name + " II").doesNotContain(name);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Delete " + name + " II")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(eventNames()).doesNotContain(name + " II");
    }

    private static CalendarView openCalendarAs(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        UI.getCurrent().navigate("calendar");
        return _get(CalendarView.class);
    }

    private static List<String> eventNames() {
        return _find(Span.class, spec -> spec.withClasses("calendar-event-name")).stream().map(Span::getText).toList();
    }
}
