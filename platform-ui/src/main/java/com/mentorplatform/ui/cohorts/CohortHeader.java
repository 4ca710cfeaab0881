package com.mentorplatform.ui.cohorts;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.matching.MatchingView;
import com.mentorplatform.ui.programmes.ProgrammeLabels;
import com.mentorplatform.ui.programmes.ProgrammeView;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;

/**
 * The cohort's name, programme, dates, cadence and status, with a button for each status it may move to and one
 * to its matching workbench.
 */
class CohortHeader extends HorizontalLayout {

    final H3 name = new H3();
    final RouterLink programme = new RouterLink();
    final Span dates = Hint.of("");
    final Span cadence = Hint.of("");
    final HorizontalLayout status = new HorizontalLayout();
    final Button matching = new Button("Matching", VaadinIcon.CONNECT.create());
    private String cohortId;

    CohortHeader() {
        setId("cohort-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        name.addClassName("flush");
        dates.setId("cohort-dates");
        cadence.setId("cohort-cadence");
        status.setId("cohort-status");
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        matching.setId("open-matching");
        matching.addThemeVariants(ButtonVariant.LUMO_SMALL);
        matching.addClickListener(click -> matching.getUI().ifPresent(ui -> ui.navigate(MatchingView.class,
                MatchingView.parameters(cohortId))));
        add(name, programme, dates, cadence, status, matching);
        expand(status);
        status.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
    }

    void show(CohortResponse cohort, String programmeName) {
        cohortId = cohort.getId().toString();
        name.setText(cohort.getName());
        programme.setText(programmeName);
        programme.setRoute(ProgrammeView.class, ProgrammeView.parameters(cohort.getProgrammeId().toString()));
        dates.setText(Dates.period(cohort.getStartsOn(), cohort.getEndsOn()));
        cadence.setText("Check-ins " + Dates.everyDays(cohort.getCheckInCadenceDays()));
        status.removeAll();
        status.add(ProgrammeLabels.badge(cohort.getStatus()));
        cohort.getAllowedTransitions().forEach(next -> status.add(moveButton(next)));
    }

    private Button moveButton(CohortStatus next) {
        Button move = new Button(ProgrammeLabels.move(next), click -> fireEvent(new StatusChangeEvent(this, next)));
        move.setId("cohort-status-" + next.name().toLowerCase(Locale.ROOT));
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return move;
    }

    Registration addStatusChangeListener(ComponentEventListener<StatusChangeEvent> listener) {
        return addListener(StatusChangeEvent.class, listener);
    }

    /** The user asked to move the cohort to {@code status}. */
    static final class StatusChangeEvent extends ComponentEvent<CohortHeader> {
        private final CohortStatus status;

        StatusChangeEvent(CohortHeader source, CohortStatus status) {
            super(source, false);
            this.status = status;
        }

        CohortStatus status() {
            return status;
        }
    }
}
