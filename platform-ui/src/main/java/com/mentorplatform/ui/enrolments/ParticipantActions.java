package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantResponse;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The buttons of one participant's row: history always; capacity (mentors) and withdraw while enrolled. */
class ParticipantActions {

    private final EnrolmentClient enrolments;
    private final Runnable onChange;
    private boolean editable = true;

    ParticipantActions(EnrolmentClient enrolments, Runnable onChange) {
        this.enrolments = enrolments;
        this.onChange = onChange;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    Component buttonsFor(ParticipantResponse participant) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.add(button(VaadinIcon.CLOCK, "History", "history",
                () -> new HistoryDialog(participant, enrolments.history(participant)).open()));
        if (editable && Participants.isEnrolled(participant)) {
            Button capacity = button(VaadinIcon.SLIDERS, "Change capacity", "capacity",
                    () -> new CapacityDialog(enrolments, participant, onChange).open());
            if (!Participants.isMentor(participant)) {
                // Mentees have no capacity; the hidden button keeps every row's withdraw button in one column.
                capacity.setEnabled(false);
                capacity.addClassName("invisible");
            }
            buttons.add(capacity);
            buttons.add(button(VaadinIcon.SIGN_OUT, "Withdraw", "withdraw",
                    () -> new WithdrawDialog(enrolments, participant, onChange).open()));
        }
        return buttons;
    }

    private static Button button(VaadinIcon icon, String label, String action, Runnable open) {
        Button button = new Button(icon.create(), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName("participant-" + action);
        button.addClassName("spaced");
        return button;
    }
}
