package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.SwapResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Changes to one proposal: swap its mentor with another mentor's mentee (the API answers with the change of
 * the total score, or refuses naming the hard rule) or assign a mentor by hand (refused over capacity or against
 * a hard rule). {@code onChange} gets the proposal as it is after either was made.
 */
class ProposalAdjustments extends VerticalLayout {

    final ComboBox<ProposalResponse> swapWith = new ComboBox<>("Swap mentor with…");
    final Button swap = new Button("Swap");
    final ComboBox<ParticipantResponse> mentor = new ComboBox<>("Assign by hand");
    final Button assign = new Button("Assign");
    final Div outcome = new Div();
    private final MatchingClient client;
    private final Supplier<List<ProposalResponse>> proposals;
    private final Supplier<List<ParticipantResponse>> mentors;
    private final Consumer<ProposalResponse> onChange;
    private ProposalResponse shown;
    private String runId;

    ProposalAdjustments(MatchingClient client, Supplier<List<ProposalResponse>> proposals,
                        Supplier<List<ParticipantResponse>> mentors, Consumer<ProposalResponse> onChange) {
        this.client = client;
        this.proposals = proposals;
        this.mentors = mentors;
        this.onChange = onChange;
        setPadding(false);
        swapWith.setId("swap-with");
        swapWith.setItemLabelGenerator(p -> p.getMenteeName() + " (now with " + p.getMentorName() + ")");
        swapWith.setWidth("20rem");
        swap.setId("swap");
        swap.addClickListener(click -> swap());
        mentor.setId("assign-mentor");
        mentor.setItemLabelGenerator(ParticipantResponse::getDisplayName);
        mentor.setWidth("20rem");
        assign.setId("assign");
        assign.addClickListener(click -> assign());
        outcome.setId("adjust-outcome");
        outcome.setVisible(false);
        add(row(swapWith, swap), row(mentor, assign), outcome);
    }

    private static HorizontalLayout row(ComboBox<?> field, Button button) {
        HorizontalLayout row = new HorizontalLayout(field, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    void show(String shownRunId, ProposalResponse proposal) {
        runId = shownRunId;
        shown = proposal;
        outcome.setVisible(false);
        // Only another mentor's mentees: swapping two mentees of one mentor would change nothing.
        swapWith.setItems(proposals.get().stream()
                .filter(other -> !other.getMentorId().equals(proposal.getMentorId()) && !Proposals.isAccepted(other))
                .toList());
        mentor.setItems(mentors.get());
        boolean open = !Proposals.isAccepted(proposal);
        swapWith.setEnabled(open);
        swap.setEnabled(open);
        mentor.setEnabled(open);
        assign.setEnabled(open);
    }

    private void swap() {
        ProposalResponse other = swapWith.getValue();
        if (other == null) {
            say("Pick the mentee whose mentor to swap with.", false);
            return;
        }
        try {
            SwapResponse swapped = client.swap(runId, shown.getId().toString(), other.getId().toString());
            BigDecimal change = swapped.getScoreChange();
            onChange.accept(swapped.getFirst());
            say("Swapped with " + other.getMenteeName() + ". Total score " + (change.signum() >= 0 ? "+" : "")
                    + change.setScale(3, RoundingMode.HALF_UP).toPlainString(), true);
        } catch (ApiProblem refused) {
            say("Swap refused: " + refused.userMessage(), false);
        }
    }

    private void assign() {
        ParticipantResponse chosen = mentor.getValue();
        if (chosen == null) {
            say("Pick a mentor to assign.", false);
            return;
        }
        try {
            ProposalResponse made = client.assign(runId, shown.getMenteeId().toString(),
                    chosen.getPersonId().toString());
            onChange.accept(made);
            say("Assigned " + made.getMentorName() + ", score " + RunsGrid.format(made.getScore()), true);
        } catch (ApiProblem refused) {
            say("Assignment refused: " + refused.userMessage(), false);
        }
    }

    private void say(String text, boolean success) {
        outcome.setText(text);
        outcome.addClassName("banner");
        outcome.setClassName("success", success);
        outcome.setClassName("error", !success);
        outcome.setVisible(true);
    }
}
