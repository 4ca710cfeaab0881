package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.ProposalResponseRunnerUp;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * One proposal explained: the score and its breakdown as a chart, the reasons in words, the runner-up mentor and
 * why it lost, and the swap and manual assignment of {@link ProposalAdjustments}.
 */
class ProposalDetail extends VerticalLayout {

    final H4 title = new H4();
    final Span score = new Span();
    final ScoreChart chart = new ScoreChart();
    final UnorderedList reasons = new UnorderedList();
    final Paragraph runnerUp = new Paragraph();
    final ProposalAdjustments adjustments;
    private final Div hint = new Div("Click a proposal to see why it was made, swap or assign by hand.");

    ProposalDetail(ProposalAdjustments adjustments) {
        this.adjustments = adjustments;
        setId("proposal-detail");
        setWidthFull();
        title.setId("detail-title");
        title.addClassName("flush");
        score.setId("detail-score");
        reasons.setId("detail-reasons");
        reasons.addClassName("flush");
        runnerUp.setId("detail-runner-up");
        runnerUp.addClassName("note");
        hint.addClassName("note");
        add(hint);
    }

    void show(String runId, ProposalResponse proposal) {
        removeAll();
        title.setText(proposal.getMenteeName() + " ↔ " + proposal.getMentorName());
        score.setText("Score " + RunsGrid.format(proposal.getScore()) + " · mentor places used "
                + Proposals.capacityText(proposal));
        chart.show(proposal.getParts());
        reasons.removeAll();
        proposal.getReasons().forEach(reason -> reasons.add(new ListItem(reason)));
        runnerUp.setText(runnerUpText(proposal));
        adjustments.show(runId, proposal);
        VerticalLayout words = new VerticalLayout(section("Why this pair"), reasons, section("Runner-up"), runnerUp,
                adjustments);
        words.setPadding(false);
        words.setSpacing(false);
        HorizontalLayout sides = new HorizontalLayout(chart, words);
        sides.setWidthFull();
        sides.setFlexGrow(1, chart, words);
        add(title, score, sides);
    }

    void clear() {
        removeAll();
        add(hint);
    }

    private static String runnerUpText(ProposalResponse proposal) {
        ProposalResponseRunnerUp runnerUp = proposal.getRunnerUp();
        if (runnerUp == null && Proposals.isByHand(proposal)) {
            return "None: this pair was made by hand (a swap or an assignment), not by the optimiser.";
        }
        if (runnerUp == null) {
            return "No other mentor was possible for this mentee.";
        }
        return runnerUp.getMentorName() + " (score " + RunsGrid.format(runnerUp.getScore()) + "): "
                + runnerUp.getWhyNotChosen();
    }

    private static Span section(String text) {
        Span section = new Span(text);
        section.addClassName("detail-section");
        return section;
    }

    List<String> reasonTexts() {
        return reasons.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }
}
