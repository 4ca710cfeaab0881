package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.ScorePart;
import com.mentorplatform.ui.charts.BarChart;
import java.util.List;
import java.util.Set;

/**
 * A proposal's score breakdown as a horizontal bar chart: how well the pair does on each part (0–1) and what
 * each part, weighted, adds to the score.
 */
class ScoreChart extends BarChart {

    private List<ScorePart> parts = List.of();

    ScoreChart() {
        super(0, 1, null);
        setId("score-chart");
        setWidth("50%");
        setMinWidth("22rem");
        setHeight("300px");
    }

    void show(List<ScorePart> shown) {
        parts = List.copyOf(shown);
        show(new Bars(parts.stream().map(ScorePart::getLabel).toList(), List.of(
                new Series("Match (0–1)", "#9bb8e8", null, parts.stream().map(ScorePart::getValue).toList(), null),
                new Series("Adds to score", "#1676f3", null, parts.stream().map(ScorePart::getContribution).toList(), 2)),
                Set.of()));
    }

    /** What the chart shows, in order. */
    List<ScorePart> parts() {
        return parts;
    }
}
