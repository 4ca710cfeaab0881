package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.GapsResponse;
import com.mentorplatform.client.model.GapsResponseCompetencyGap;
import com.mentorplatform.ui.charts.BarChart;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The gaps as bars per competency, largest gap first: the level the target role requires next to the current
 * level, the candidates for the next milestones highlighted.
 */
class GapChart extends BarChart {

    private static final int ROW_HEIGHT_PX = 34;
    private static final int FRAME_HEIGHT_PX = 60;

    GapChart() {
        super(0, 5, 1);
        setId("gap-chart");
        setWidthFull();
    }

    /** Shows the gaps; without a target role, the current levels only. */
    void show(GapsResponse gaps) {
        List<GapsResponseCompetencyGap> rows = gaps.getCompetencies();
        setHeight(rows.size() * ROW_HEIGHT_PX + FRAME_HEIGHT_PX + "px");
        Series current = new Series("Current level", "#1676f3", "#d97706",
                rows.stream().map(GapsResponseCompetencyGap::getCurrentLevel).toList(), 0);
        List<Series> series = gaps.getTargetRoleId() == null ? List.of(current) : List.of(new Series(
                "Required by the role", "#c3d3ee", null, rows.stream().map(Roadmaps::required).toList(), null),
                current);
        show(new Bars(rows.stream().map(GapsResponseCompetencyGap::getName).toList(), series,
                IntStream.range(0, rows.size()).filter(i -> Roadmaps.isCandidate(gaps, rows.get(i))).boxed()
                        .collect(Collectors.toSet())));
    }
}
