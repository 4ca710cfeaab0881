package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.GapsResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/**
 * The competency gap analysis of the target role as a chart, the largest gaps (proposed as milestones) named
 * under it with a button for the mentee to plan one, and for the mentor a button to rate the competencies.
 */
class GapsPanel extends Div {

    final GapChart chart = new GapChart();
    final Button rate = new Button("Rate competencies", VaadinIcon.STAR.create());
    final HorizontalLayout candidates = new HorizontalLayout();
    private final PageActions actions;
    private final Consumer<String> planMilestone;
    private RoadmapResponse roadmap;
    private GapsResponse gaps;

    /** {@code planMilestone} opens a new milestone for the competency of the given id. */
    GapsPanel(PageActions actions, Consumer<String> planMilestone) {
        this.actions = actions;
        this.planMilestone = planMilestone;
        setId("gaps-panel");
        rate.setId("rate-competencies");
        rate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rate.addClickListener(click -> actions.open(new RatingsDialog(roadmap, gaps), (original, ratings) -> {
            actions.client.rate(original.getId(), ratings);
            return "Ratings saved";
        }));
        candidates.setId("gap-candidates");
        candidates.setAlignItems(FlexComponent.Alignment.BASELINE);
        candidates.addClassName("wrap");
    }

    void show(RoadmapResponse shown) {
        roadmap = shown;
        gaps = actions.client.gaps(shown.getId());
        removeAll();
        String role = gaps.getTargetRoleName() == null ? "" : " for " + gaps.getTargetRoleName();
        HorizontalLayout header = new HorizontalLayout(RoadmapStyle.heading("Competency gaps" + role), rate);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        rate.setVisible(Roadmaps.mentorActs(shown) && !gaps.getCompetencies().isEmpty());
        if (gaps.getCompetencies().isEmpty()) {
            add(RoadmapStyle.card(header, RoadmapStyle.emptyState(gaps.getTargetRoleId() == null
                    ? "No target role yet. Pick one in the vision to see which competencies it asks for and where the gaps are."
                    : "The target role names no competencies yet.")));
            return;
        }
        chart.show(gaps);
        showCandidates();
        add(RoadmapStyle.card(header, Hint.of(gaps.getTargetRoleId() == null
                ? "No target role yet: pick one in the vision to see what it asks for. Until then, the current levels (1–5)."
                : "Levels 1–5. Current is the mentor's rating where given, else the self-rating. Highlighted: the "
                + "largest gaps, proposed as next milestones."), chart, candidates));
    }

    private void showCandidates() {
        candidates.removeAll();
        candidates.add(Hint.of("Largest gaps:"));
        gaps.getCompetencies().stream().filter(gap -> Roadmaps.isCandidate(gaps, gap)).forEach(gap -> {
            String text = gap.getName() + " (gap " + gap.getGap() + ")";
            Component candidate = Roadmaps.menteeWrites(roadmap)
                    ? RoadmapStyle.small(text, VaadinIcon.PLUS,
                            () -> planMilestone.accept(gap.getCompetencyId().toString()))
                    : Badge.of(text, Badge.Tone.NEUTRAL);
            candidate.getElement().getClassList().add("gap-candidate");
            candidates.add(candidate);
        });
        candidates.setVisible(!gaps.getCandidates().isEmpty());
    }
}
