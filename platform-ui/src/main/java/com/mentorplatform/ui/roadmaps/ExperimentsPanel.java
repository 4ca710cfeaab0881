package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.ExperimentMove;
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

/**
 * The experiments: objective and the milestone it serves, kind, timebox, metric from baseline to target, status,
 * and once closed the result and what was learned. The mentee adds, edits, starts and closes them; how many run
 * against the limit shows above the list.
 */
class ExperimentsPanel extends VerticalLayout {

    final Button add = new Button("Add experiment", VaadinIcon.PLUS.create());
    final Span running = new Span();
    final Grid<Experiment> grid = new Grid<>(Experiment.class, false);
    private final PageActions actions;
    private Roadmap roadmap;

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
        grid.addColumn(experiment -> experiment.kind().label()).setKey("kind").setHeader("Kind").setFlexGrow(1);
        grid.addColumn(experiment -> Dates.period(experiment.startsOn(), experiment.endsOn())).setKey("timebox")
                .setHeader("Timebox").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(experiment -> experiment.successMetric() + (experiment.movement().isEmpty() ? ""
                : ": " + experiment.movement())).setKey("metric").setHeader("Success metric").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(experiment -> experiment.status().badge())).setKey("status")
                .setHeader("Status").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actionsFor)).setKey("actions").setHeader("")
                .setWidth("12rem").setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setSortable(false));
        grid.setEmptyStateText("No experiments yet: small projects, training, a stretch assignment, a month or a quarter each.");
    }

    void show(Roadmap shown) {
        roadmap = shown;
        add.setVisible(shown.menteeWrites());
        running.setText(shown.activeExperiments() + " running · limit " + shown.experimentLimit() + " at once");
        running.getElement().getThemeList().clear();
        running.getElement().getThemeList().add(shown.overcommitted() ? "badge error" : "badge");
        grid.setItems(shown.experiments());
    }

    /** The objective, the milestone it serves, and for a closed one its result and what was learned. */
    private static Div objective(Experiment experiment) {
        Div cell = new Div(block(new Span(experiment.objective())));
        if (experiment.milestoneTitle() != null) {
            cell.add(block(Hint.of("For: " + experiment.milestoneTitle())));
        }
        if (experiment.status().isClosed()) {
            cell.add(block(Hint.of("Result: " + experiment.result())),
                    block(Hint.of("Learned: " + experiment.learned())));
        }
        return cell;
    }

    private static Span block(Span span) {
        span.addClassName("block");
        return span;
    }

    private Component actionsFor(Experiment experiment) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.addClassName("tags");
        if (roadmap.menteeWrites() && !experiment.status().isClosed()) {
            if (experiment.status() == ExperimentStatus.PLANNED) {
                buttons.add(action("Start", () -> start(experiment)));
            } else {
                buttons.add(action("Close", () -> openClose(experiment)));
            }
            buttons.add(action("Edit", () -> openEditor(experiment)));
        }
        return buttons;
    }

    private static Button action(String text, Runnable run) {
        Button button = RoadmapStyle.small(text, null, run);
        button.addClassName("experiment-action");
        return button;
    }

    void openEditor(Experiment experiment) {
        actions.open(new ExperimentDialog(experiment, roadmap.milestones().stream()
                .filter(milestone -> milestone.status().isOpen()).toList()), (original, change) -> {
            Experiment.Saved saved = original == null ? actions.client.addExperiment(roadmap.id(), change)
                    : actions.client.updateExperiment(original.id(), change);
            return said("Experiment saved", saved);
        });
    }

    private void start(Experiment experiment) {
        actions.run(() -> said("Experiment started", actions.client.moveExperiment(experiment.id(),
                new ExperimentMove(ExperimentStatus.ACTIVE, null, null))));
    }

    private void openClose(Experiment experiment) {
        actions.open(new CloseExperimentDialog(experiment), (original, closing) ->
                said("Experiment closed", actions.client.moveExperiment(original.id(), closing)));
    }

    /** What was done, followed by the API's warnings about the plan (too many running, say). */
    private static String said(String done, Experiment.Saved saved) {
        return saved.warnings().isEmpty() ? done : done + ". " + String.join(" ", saved.warnings());
    }
}
