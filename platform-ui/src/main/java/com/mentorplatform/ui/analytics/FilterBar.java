package com.mentorplatform.ui.analytics;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The dashboard's filters: a programme, a cohort of that programme, and the period (the last 90 days by
 * default). Every change is handed to the listener as a whole new query; a period the API would refuse (the
 * start after the end, a day in the future) is marked on the field and not handed on.
 */
class FilterBar extends Div {

    final ComboBox<Choice> programme = new ComboBox<>("Programme");
    final ComboBox<Choice> cohort = new ComboBox<>("Cohort");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    private final AnalyticsClient client;
    private final LocalDate today;
    private Consumer<AnalyticsQuery> listener = query -> { };
    private boolean resettingCohort;

    FilterBar(AnalyticsClient client, LocalDate today) {
        this.client = client;
        this.today = today;
        setId("analytics-filters");
        addClassName("filter-bar");
        configureProgramme();
        configureCohort();
        configurePeriod();
        add(programme, cohort, from, to);
    }

    void onChange(Consumer<AnalyticsQuery> changed) {
        listener = changed;
    }

    AnalyticsQuery query() {
        return new AnalyticsQuery(idOf(programme.getValue()), idOf(cohort.getValue()), from.getValue(),
                to.getValue());
    }

    private void configureProgramme() {
        programme.setId("filter-programme");
        programme.setPlaceholder("All programmes");
        programme.setClearButtonVisible(true);
        programme.setItemLabelGenerator(Choice::name);
        programme.setItems(client.programmes());
        programme.addValueChangeListener(change -> {
            Choice chosen = change.getValue();
            // Clearing the cohort is part of this one change, not a second one.
            resettingCohort = true;
            cohort.clear();
            resettingCohort = false;
            cohort.setItems(chosen == null ? List.of() : client.cohorts(chosen.id()));
            cohort.setEnabled(chosen != null);
            changed();
        });
    }

    private void configureCohort() {
        cohort.setId("filter-cohort");
        cohort.setPlaceholder("All cohorts");
        cohort.setHelperText("Choose a programme first");
        cohort.setClearButtonVisible(true);
        cohort.setItemLabelGenerator(Choice::name);
        cohort.setEnabled(false);
        cohort.addValueChangeListener(change -> {
            if (!resettingCohort) {
                changed();
            }
        });
    }

    private void configurePeriod() {
        AnalyticsQuery initial = AnalyticsQuery.lastNinetyDays(today);
        from.setId("filter-from");
        to.setId("filter-to");
        DatePicker.DatePickerI18n days = new DatePicker.DatePickerI18n().setDateFormats("d MMM yyyy", "yyyy-MM-dd",
                "d/M/yyyy");
        from.setI18n(days);
        to.setI18n(days);
        from.setValue(initial.from());
        to.setValue(initial.to());
        from.setMax(today);
        to.setMax(today);
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
    }

    private void changed() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean periodValid = start != null && end != null && !start.isAfter(end) && !end.isAfter(today);
        from.setInvalid(!periodValid);
        from.setErrorMessage(periodValid ? null : "Choose a start on or before the end, neither in the future");
        if (periodValid) {
            listener.accept(query());
        }
    }

    private static String idOf(Choice choice) {
        return choice == null ? null : choice.id();
    }
}
