package com.mentorplatform.ui.cohorts;

import com.mentorplatform.client.model.CohortResponse;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

/**
 * How full the cohort is: mentees enrolled against the cohort's capacity, and the mentor seats (the sum of
 * the mentors' capacities) against the mentees who need one.
 */
class CapacityBar extends HorizontalLayout {

    final Span menteesText = Hint.of("");
    final Span seatsText = Hint.of("");
    private final ProgressBar mentees = new ProgressBar();
    private final ProgressBar seats = new ProgressBar();

    CapacityBar() {
        setId("capacity-bar");
        setWidthFull();
        menteesText.setId("capacity-mentees");
        seatsText.setId("capacity-seats");
        add(gauge("Mentees", mentees, menteesText), gauge("Mentor seats", seats, seatsText));
    }

    void show(CohortResponse cohort) {
        int enrolled = cohort.getMenteesEnrolled();
        mentees.setValue(Math.min(1.0, enrolled / (double) Math.max(1, cohort.getCapacity())));
        menteesText.setText(enrolled + " of " + cohort.getCapacity() + " places taken");
        mentees.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        mentees.addThemeVariants(enrolled >= cohort.getCapacity() ? ProgressBarVariant.LUMO_SUCCESS
                : ProgressBarVariant.LUMO_CONTRAST);
        int offered = cohort.getMentorCapacityTotal();
        seats.setValue(offered == 0 ? 0 : Math.min(1.0, enrolled / (double) offered));
        seatsText.setText(offered + " seats from " + cohort.getMentorsEnrolled() + " mentors for " + enrolled
                + " mentees" + (offered < enrolled ? " — " + (enrolled - offered) + " short" : ""));
        seats.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_CONTRAST);
        seats.addThemeVariants(offered < enrolled ? ProgressBarVariant.LUMO_ERROR : ProgressBarVariant.LUMO_CONTRAST);
    }

    private static VerticalLayout gauge(String title, ProgressBar bar, Span text) {
        Div label = new Div(title);
        label.addClassName("gauge-label");
        VerticalLayout gauge = new VerticalLayout(label, bar, text);
        gauge.setPadding(false);
        gauge.setSpacing(false);
        gauge.setWidth("50%");
        return gauge;
    }
}
