package com.mentorplatform.ui.analytics;

import com.mentorplatform.client.model.CompletionReport;
import com.mentorplatform.client.model.EngagementReport;
import com.mentorplatform.client.model.ParticipationReport;
import com.mentorplatform.client.model.RetentionReport;
import com.mentorplatform.client.model.SurveyReport;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * HR's programme analytics, their landing page: filters, key figures with their change since the previous
 * period, completion, engagement, retention against a comparison group, the pairs needing attention and behind
 * the numbers, matching quality, survey results, and (for a tenant admin) the anonymity threshold of
 * leadership reports.
 */
@Route(value = "analytics", layout = MainLayout.class)
@PageTitle("Programme analytics | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class AnalyticsView extends Div {

    final FilterBar filters;
    final KpiRow kpis = new KpiRow();
    final CompletionCharts completion;
    final EngagementCharts engagement;
    final RetentionPanel retention;
    final AttentionPanel attention;
    final MatchingCharts matching;
    final PairsDrillDown pairs;
    final SurveyPanel surveys;
    ThresholdForm threshold;
    final Paragraph problem = new Paragraph();
    private final AnalyticsClient client;
    private AnalyticsQuery query;

    public AnalyticsView() {
        client = new AnalyticsClient(ConsoleSession.current().api());
        setId("analytics-view");
        addClassName("dashboard");
        filters = new FilterBar(client, LocalDate.now());
        query = filters.query();
        CsvTables tables = new CsvTables(client, () -> query);
        completion = new CompletionCharts(tables);
        engagement = new EngagementCharts(tables);
        retention = new RetentionPanel(tables);
        attention = new AttentionPanel(tables);
        matching = new MatchingCharts(tables);
        pairs = new PairsDrillDown(client, () -> query);
        surveys = new SurveyPanel(tables);
        problem.setId("analytics-problem");
        problem.addClassName("dashboard-problem");
        problem.setVisible(false);
        retention.refresh.addClickListener(click -> refreshSnapshot());
        add(filters, problem, kpis,
                section("completion", "Milestone completion", completion.funnel, completion.trend),
                section("engagement", "Engagement", engagement.monthly, engagement.heatmap),
                section("attention-section", "Pairs needing attention", attention, pairs),
                retention,
                section("matching", "Matching quality", matching.runs, matching.bands),
                section("surveys", "Surveys", surveys.cohorts, surveys.bands, surveys.comments));
        if (ConsoleSession.current().user().map(user -> user.hasAnyRole(Role.TENANT_ADMIN)).orElse(false)) {
            threshold = new ThresholdForm(client);
            add(section("settings", "Settings", threshold));
        }
        filters.onChange(this::show);
        show(query);
    }

    /** Loads every figure for {@code shown}; a part the API refuses says so, and the other parts still show. */
    void show(AnalyticsQuery shown) {
        query = shown;
        List<String> refusals = new ArrayList<>();
        ParticipationReport participation = attempt(() -> client.participation(shown), refusals);
        CompletionReport completed = attempt(() -> client.completion(shown), refusals);
        EngagementReport engaged = attempt(() -> client.engagement(shown), refusals);
        EngagementReport before = engaged == null ? null : attempt(() -> client.engagement(shown.previous()), refusals);
        if (participation != null && completed != null && engaged != null && before != null) {
            kpis.show(participation.getSummary(), completed.getSummary(), engaged.getSummary(), before.getSummary());
        }
        if (completed != null) {
            completion.show(completed);
        }
        if (engaged != null) {
            engagement.show(engaged);
            attention.show(engaged.getAttention());
        }
        if (participation != null) {
            matching.show(participation);
        }
        pairs.refresh();
        RetentionReport retained = attempt(() -> client.retention(shown), refusals);
        if (retained != null) {
            retention.show(retained);
        }
        SurveyReport surveyed = attempt(() -> client.surveys(shown), refusals);
        if (surveyed != null) {
            surveys.show(surveyed);
        }
        problem.setText(refusals.isEmpty() ? "" : "Some figures could not be shown: " + String.join("; ", refusals));
        problem.setVisible(!refusals.isEmpty());
    }

    private static <T> T attempt(Supplier<T> call, List<String> refusals) {
        try {
            return call.get();
        } catch (ApiProblem refused) {
            refusals.add(refused.userMessage());
            return null;
        }
    }

    private void refreshSnapshot() {
        client.refresh();
        retention.show(client.retention(query));
        Toast.done("Retention recomputed from today's data");
    }

    AnalyticsQuery query() {
        return query;
    }

    private static Div section(String id, String title, Component... content) {
        H2 heading = new H2(title);
        Div header = new Div(heading);
        header.addClassName("section-header");
        Div grid = new Div(content);
        grid.addClassName("chart-grid");
        Div section = new Div(header, grid);
        section.setId(id);
        section.addClassName("dashboard-section");
        return section;
    }
}
