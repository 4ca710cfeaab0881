package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ExperimentResponse;
import com.mentorplatform.client.model.ExperimentResult;
import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.ExperimentStatusRequest;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/**
 * The experiments: objective and the milestone it serves, kind, timebox, metric from baseline to target, status,
 * and once closed the result and what was learned. The mentee adds and edits them and moves them as the API allows
 * each one; how many run against the limit shows above the list.
 */
class ExperimentsPanel extends VerticalLayout {

    final Button add = new Button("Add experiment", VaadinIcon.PLUS.create());
    final Span running = new Span();
    final Grid<ExperimentResponse> grid = new Grid<>(ExperimentResponse.class, false);
    private final PageActions actions;
    private RoadmapResponse roadmap;

    ExperimentsPanel(PageActions actions) {
        this.actions = actions;
        setId("experiments-panel");
        setPadding(false);
        add.setId("add-experiment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openEditor(null));
        running.setId("experiments-running");
        configureGrid();
        HorizontalLayout toolbar = new HorizontalLayout(running, add);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.setId("experiments-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(ExperimentsPanel::objective)).setKey("objective")
                .setHeader("Objective").setFlexGrow(3);
        grid.addColumn(experiment -> RoadmapLabels.kind(experiment.getKind())).setKey("kind").setHeader("Kind")
                .setFlexGrow(1);
        grid.addColumn(experiment -> Dates.period(experiment.getStartsOn(), experiment.getEndsOn())).setKey("timebox")
                .setHeader("Timebox").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(ExperimentsPanel::metric).setKey("metric").setHeader("Success metric").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(experiment -> RoadmapLabels.badge(experiment.getStatus())))
                .setKey("status").setHeader("Status").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actionsFor)).setKey("actions").setHeader("")
                .setWidth("12rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false));
        grid.setEmptyStateText("No experiments yet: small projects, training, a stretch assignment, a month or a quarter each.");
    }

    void show(RoadmapResponse shown) {
        roadmap = shown;
        add.setVisible(Roadmaps.menteeWrites(shown));
        running.setText(shown.getActiveExperiments() + " running · limit " + shown.getExperimentLimit() + " at once");
        Badge.tone(running, Boolean.TRUE.equals(shown.getOvercommitted()) ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL);
        grid.setItems(shown.getExperiments());
    }

    /** "Demos given: from 0 to 3", or the metric alone when it names no baseline or target. */
    private static String metric(ExperimentResponse experiment) {
        String movement = RoadmapLabels.movement(experiment);
        return experiment.getSuccessMetric() + (movement.isEmpty() ? "" : ": " + movement);
    }

    /** The objective, the milestone it serves, and for a closed one its result and what was learned. */
    private static Div objective(ExperimentResponse experiment) {
        Div cell = new Div(block(new Span(experiment.getObjective())));
        if (experiment.getMilestoneTitle() != null) {
            cell.add(block(Hint.of("For: " + experiment.getMilestoneTitle())));
        }
        if (Roadmaps.isClosed(experiment.getStatus())) {
            cell.add(block(Hint.of("Result: " + experiment.getResult())),
                    block(Hint.of("Learned: " + experiment.getLearned())));
        }
        return cell;
    }

    private static Span block(Span span) {
        span.addClassName("block");
        return span;
    }

    /**
     * The moves the API allows the reader (both ways of closing behind one "Close", which asks for the result), then
     * editing while the experiment is open.
     */
    private Component actionsFor(ExperimentResponse experiment) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.addClassName("tags");
        List<ExperimentStatus> allowed = experiment.getAllowedTransitions();
        List<ExperimentStatus> closing = allowed.stream().filter(Roadmaps::isClosed).toList();
        allowed.stream().filter(next -> !Roadmaps.isClosed(next))
                .forEach(next -> buttons.add(action(RoadmapLabels.move(next), () -> move(experiment, next))));
        if (!closing.isEmpty()) {
            buttons.add(action(RoadmapLabels.move(closing.get(0)), () -> openClose(experiment, closing)));
        }
        if (Roadmaps.menteeWrites(roadmap) && !Roadmaps.isClosed(experiment.getStatus())) {
            buttons.add(action("Edit", () -> openEditor(experiment)));
        }
        return buttons;
    }

    private static Button action(String text, Runnable run) {
        Button button = RoadmapStyle.small(text, null, run);
        button.addClassName("experiment-action");
        return button;
    }

    void openEditor(ExperimentResponse experiment) {
        actions.open(new ExperimentDialog(experiment, roadmap.getMilestones().stream()
                .filter(milestone -> Roadmaps.isOpen(milestone.getStatus())).toList()), (original, change) -> {
            ExperimentResult saved = original == null ? actions.client.addExperiment(roadmap.getId(), change)
                    : actions.client.updateExperiment(original.getId(), change);
            return said("Experiment saved", saved);
        });
    }

    private void move(ExperimentResponse experiment, ExperimentStatus next) {
        actions.run(() -> said(RoadmapLabels.moved(next), actions.client.moveExperiment(experiment.getId(),
                new ExperimentStatusRequest().status(next))));
    }

    private void openClose(ExperimentResponse experiment, List<ExperimentStatus> outcomes) {
        actions.open(new CloseExperimentDialog(experiment, outcomes), (original, closing) -> said(
                RoadmapLabels.moved(closing.getStatus()), actions.client.moveExperiment(original.getId(), closing)));
    }

    /** What was done, followed by the API's warnings about the plan (too many running, say). */
    private static String said(String done, ExperimentResult saved) {
        return saved.getWarnings().isEmpty() ? done : done + ". " + String.join(" ", saved.getWarnings());
    }
}
