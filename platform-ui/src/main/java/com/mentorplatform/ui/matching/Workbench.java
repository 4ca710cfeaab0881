package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.CohortMatchingWeights;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.RunResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * The matching side of the page: weights, runs, the shown run's proposals with their detail, accepting them,
 * and its unmatched mentees. {@code onAccepted} runs after proposals became pairs.
 */
class Workbench extends VerticalLayout {

    final WeightsPanel weights;
    final RunPanel runs;
    final ProposalsGrid proposals;
    final ProposalDetail detail;
    final UnmatchedList unmatched = new UnmatchedList();
    final Button acceptSelected = new Button("Accept selected", VaadinIcon.CHECK.create());
    final Button acceptAll = new Button("Accept all", VaadinIcon.CHECK_CIRCLE.create());
    final Span runSummary = new Span();
    private final MatchingClient client;
    private final Runnable onAccepted;
    private List<ProposalResponse> allProposals;

    Workbench(ApiClient api, MatchingClient client, String cohortId, Supplier<List<ParticipantResponse>> mentors,
              Runnable onAccepted) {
        this.client = client;
        this.onAccepted = onAccepted;
        setPadding(false);
        setSizeFull();
        weights = new WeightsPanel(client, cohortId);
        proposals = new ProposalsGrid(client);
        detail = new ProposalDetail(new ProposalAdjustments(client, this::allProposals, mentors, this::changed));
        runs = new RunPanel(api, client, cohortId, weights::options, run -> show(run.getId().toString()));
        proposals.addItemClickListener(click -> detail.show(proposals.runId(), click.getItem()));
        add(weights, runs, toolbar(), unmatched, proposalsAndDetail());
    }

    void show(CohortMatchingWeights cohortWeights) {
        weights.show(cohortWeights);
        runs.refresh();
    }

    private HorizontalLayout toolbar() {
        acceptSelected.setId("accept-selected");
        acceptSelected.addClickListener(click -> accept(false));
        acceptAll.setId("accept-all");
        acceptAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        acceptAll.addClickListener(click -> accept(true));
        runSummary.setId("run-summary");
        runSummary.addClassName("note");
        HorizontalLayout toolbar = new HorizontalLayout(runSummary, acceptSelected, acceptAll);
        toolbar.setWidthFull();
        toolbar.expand(runSummary);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    /** The grid over the whole width, so names and reasons read in full; the open proposal's detail below it. */
    private VerticalLayout proposalsAndDetail() {
        proposals.setHeight("26rem");
        proposals.setWidthFull();
        detail.setPadding(false);
        VerticalLayout both = new VerticalLayout(proposals, detail);
        both.setPadding(false);
        return both;
    }

    private void show(String runId) {
        proposals.show(runId);
        allProposals = null;
        detail.clear();
        unmatched.show(client.unmatched(runId));
        RunResponse run = client.run(runId);
        runSummary.setText(run.getProposals() + " proposals · total score " + RunsGrid.format(run.getTotalScore())
                + " · greedy would reach " + RunsGrid.format(run.getGreedyTotal()));
        weights.setOpened(false);
    }

    /** A swap or an assignment changed proposals: read them again and keep the changed one open. */
    private void changed(ProposalResponse now) {
        proposals.reload();
        allProposals = null;
        detail.show(proposals.runId(), now);
    }

    private void accept(boolean all) {
        String runId = proposals.runId();
        List<String> picked = proposals.selectedIds();
        if (runId == null || (!all && picked.isEmpty())) {
            Toast.failed("Tick the proposals to accept first");
            return;
        }
        try {
            int accepted = all ? client.acceptAll(runId) : client.accept(runId, picked);
            proposals.reload();
            allProposals = null;
            detail.clear();
            Toast.done(accepted + " pairs created");
            onAccepted.run();
        } catch (ApiProblem refused) {
            Toast.refused(refused);
        }
    }

    private List<ProposalResponse> allProposals() {
        if (allProposals == null) {
            allProposals = client.allProposals(proposals.runId());
        }
        return allProposals;
    }
}
