package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.ProposalSource;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.paging.KeysetPages;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's proposals, paged lazily through the API's keyset pages in mentee-name order (a 500-mentee run only
 * loads the rows on screen); checkboxes pick proposals to accept, a click on a row opens its detail.
 */
class ProposalsGrid extends Grid<ProposalResponse> {

    private final KeysetPages<String, ProposalResponse> pages;
    private String runId;

    ProposalsGrid(MatchingClient client) {
        super(ProposalResponse.class, false);
        pages = new KeysetPages<>(client::proposals);
        setId("proposals-grid");
        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(ProposalResponse::getMenteeName).setKey("mentee").setHeader("Mentee").setFlexGrow(2);
        addColumn(ProposalResponse::getMentorName).setKey("mentor").setHeader("Mentor").setFlexGrow(2);
        addColumn(proposal -> RunsGrid.format(proposal.getScore())).setKey("score").setHeader("Score")
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        addColumn(ProposalsGrid::topReason).setKey("reasons").setHeader("Top reasons").setFlexGrow(4)
                .setTooltipGenerator(proposal -> String.join("\n", proposal.getReasons()));
        addColumn(Proposals::capacityText).setKey("capacity").setHeader("Mentor places").setWidth("8rem")
                .setFlexGrow(0).setTooltipGenerator(proposal -> "Places of this mentor the proposals use");
        addColumn(new ComponentRenderer<>(ProposalsGrid::statusBadge)).setKey("status").setHeader("Status")
                .setWidth("8rem").setFlexGrow(0);
        getColumns().forEach(column -> column.setSortable(false).setResizable(true));
        setEmptyStateText("Run matching to see proposals.");
        setItems(query -> {
            // Vaadin insists that the window is read even when there is nothing to show.
            int offset = query.getOffset();
            int limit = query.getLimit();
            return runId == null ? Stream.empty() : pages.stream(runId, offset, limit);
        });
        getLazyDataView().setIdentifierProvider(ProposalResponse::getId);
    }

    void show(String shownRunId) {
        runId = shownRunId;
        reload();
    }

    /** Proposals changed (a swap, an assignment, an accept): read them again. */
    void reload() {
        pages.forget();
        deselectAll();
        getDataProvider().refreshAll();
    }

    String runId() {
        return runId;
    }

    List<String> selectedIds() {
        return getSelectedItems().stream().map(proposal -> proposal.getId().toString()).toList();
    }

    private static String topReason(ProposalResponse proposal) {
        return String.join(" · ", proposal.getReasons().stream().limit(2).toList());
    }

    private static Span statusBadge(ProposalResponse proposal) {
        if (Proposals.isAccepted(proposal)) {
            return Badge.of("Accepted", Badge.Tone.SUCCESS);
        }
        return Badge.of(Proposals.isByHand(proposal) ? "By hand" : proposal.getSource() == ProposalSource.KEPT
                ? "Kept" : "Proposed", Badge.Tone.NEUTRAL);
    }
}
