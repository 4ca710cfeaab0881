package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.RunRequest;
import com.mentorplatform.client.model.RunResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Poller;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Starts a run and follows it with a progress bar, polling the API until it succeeds or fails (polling stops
 * when done or when the page is left); lists past runs so their totals can be compared. The selected finished
 * run (the newest after a run) is handed to {@code onRun}.
 */
class RunPanel extends VerticalLayout {

    private static final int POLL_MS = 500;

    final Button run = new Button("Run matching", VaadinIcon.PLAY.create());
    final ProgressBar progress = new ProgressBar(0, 100);
    final Span status = new Span();
    final RunsGrid runs;
    private final MatchingClient client;
    private final String cohortId;
    private final Supplier<RunRequest> options;
    private RunResponse working;
    private final Poller poller = new Poller(this, POLL_MS, this::poll);

    RunPanel(ApiClient api, MatchingClient client, String cohortId, Supplier<RunRequest> options,
             Consumer<RunResponse> onRun) {
        this.client = client;
        this.cohortId = cohortId;
        this.options = options;
        this.runs = new RunsGrid(api);
        setPadding(false);
        configureBar();
        runs.addSelectionListener(pick -> pick.getFirstSelectedItem().filter(Runs::succeeded).ifPresent(onRun));
        add(bar(), runs);
    }

    private void configureBar() {
        run.setId("run-matching");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        progress.setId("run-progress");
        progress.setWidth("16rem");
        progress.setVisible(false);
        status.setId("run-status");
        status.addClassName("note");
    }

    private HorizontalLayout bar() {
        HorizontalLayout bar = new HorizontalLayout(run, progress, status);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    /** Loads the past runs and shows the newest finished one. */
    void refresh() {
        List<RunResponse> past = client.runs(cohortId);
        runs.show(past);
        past.stream().filter(Runs::succeeded).findFirst().ifPresent(runs::select);
    }

    private void start() {
        try {
            working = client.start(cohortId, options.get());
        } catch (ApiProblem problem) {
            status.setText(problem.userMessage());
            return;
        }
        run.setEnabled(false);
        progress.setVisible(true);
        showProgress(working);
        poller.start();
    }

    /** One look at the working run; the UI's poll calls it, tests call it directly. */
    void poll() {
        if (working == null) {
            return;
        }
        working = client.run(working.getId().toString());
        showProgress(working);
        if (Runs.isFinished(working)) {
            finish();
        }
    }

    private void showProgress(RunResponse shown) {
        progress.setValue(shown.getProgress());
        status.setText(switch (shown.getStatus()) {
            case QUEUED -> "Waiting to start…";
            case RUNNING -> "Matching… " + shown.getProgress() + "%";
            case SUCCEEDED -> shown.getProposals() + " pairs proposed, " + shown.getUnmatched() + " mentees unmatched";
            case FAILED -> "The run failed: " + shown.getFailure();
        });
    }

    private void finish() {
        working = null;
        poller.stop();
        run.setEnabled(true);
        progress.setVisible(false);
        refresh();
    }

    boolean isWorking() {
        return working != null;
    }
}
