package com.mentorplatform.ui.leadership;

import com.mentorplatform.client.model.LeaderOptions;
import com.mentorplatform.client.model.LeaderTable;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.charts.CsvDownload;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leadership reports, the landing page for leaders: one family of figures (participation, completion,
 * engagement, retention) by one breakdown, under at most one filter, with small groups hidden and marked;
 * the table as CSV and the board report as PDF. Aggregates only: no person is ever named here.
 */
@Route(value = "leadership", layout = MainLayout.class)
@PageTitle("Leadership reports | Mentoring Platform")
@RequiresRole({Role.LEADER, Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class LeadershipView extends Div {

    final Tabs families = new Tabs();
    final Select<String> breakdown = new Select<>();
    final ComboBox<LeaderFilter> filter = new ComboBox<>("Only");
    final LeaderTablePanel panel = new LeaderTablePanel();
    final Span asOf = Hint.of("");
    final Paragraph problem = new Paragraph();
    final Anchor csv;
    final Anchor report;
    private final Map<Tab, String> familyOfTab = new LinkedHashMap<>();
    private final LeadershipClient client;
    private LeaderTable shown;

    public LeadershipView() {
        client = new LeadershipClient(ConsoleSession.current().api());
        setId("leadership-view");
        addClassName("dashboard");
        problem.setId("leader-problem");
        problem.addClassName("dashboard-problem");
        problem.setVisible(false);
        LeaderOptions options = options();
        configureFamilies(options);
        configureBreakdown(options);
        configureFilter(options);
        csv = CsvDownload.link("leader-csv", "Download CSV", () -> client.csv(family(), breakdown.getValue(),
                chosenFilter()), () -> family() + "-by-" + breakdown.getValue() + "-" + LocalDate.now() + ".csv",
                CsvDownload.CSV);
        report = CsvDownload.link("leader-report", "Download board report (PDF)", () -> client.report(chosenFilter()),
                () -> "board-report-" + LocalDate.now() + ".pdf", CsvDownload.PDF);
        report.addClassName("download-primary");
        asOf.setId("leader-as-of");
        Div controls = new Div(breakdown, filter);
        controls.addClassName("filter-bar");
        Div downloads = new Div(asOf, csv, report);
        downloads.addClassName("leader-downloads");
        add(families, controls, downloads, problem, panel);
        if (breakdown.getValue() != null) {
            load();
        }
    }

    /** What a leader may ask for; none when the API refuses (the refusal is shown in place of the table). */
    private LeaderOptions options() {
        try {
            return client.options();
        } catch (ApiProblem refused) {
            problem.setText(refused.userMessage());
            problem.setVisible(true);
            return new LeaderOptions().threshold(0);
        }
    }

    private void configureFamilies(LeaderOptions options) {
        families.setId("leader-families");
        for (String family : options.getFamilies()) {
            Tab tab = new Tab(LeaderLabels.of(family));
            tab.setId("family-" + family);
            familyOfTab.put(tab, family);
            families.add(tab);
        }
        families.addSelectedChangeListener(change -> load());
    }

    private void configureBreakdown(LeaderOptions options) {
        breakdown.setId("leader-breakdown");
        breakdown.setLabel("By");
        breakdown.setItems(options.getBreakdowns());
        breakdown.setItemLabelGenerator(LeaderLabels::of);
        if (!options.getBreakdowns().isEmpty()) {
            breakdown.setValue(options.getBreakdowns().contains("department") ? "department"
                    : options.getBreakdowns().get(0));
        }
        breakdown.addValueChangeListener(change -> load());
    }

    private void configureFilter(LeaderOptions options) {
        List<LeaderFilter> choices = new ArrayList<>();
        choices.add(LeaderFilter.EVERYONE);
        options.getProgrammes().forEach(programme -> choices.add(LeaderFilter.programme(programme)));
        options.getCohorts().forEach(cohort -> choices.add(LeaderFilter.cohort(cohort)));
        options.getYears().forEach(year -> choices.add(LeaderFilter.year(year)));
        filter.setId("leader-filter");
        filter.addClassName("wide-field");
        filter.setItems(choices);
        filter.setItemLabelGenerator(LeaderFilter::label);
        filter.setValue(LeaderFilter.EVERYONE);
        filter.setHelperText("One programme, cohort or start year");
        filter.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                filter.setValue(LeaderFilter.EVERYONE);
            } else {
                load();
            }
        });
    }

    String family() {
        return familyOfTab.getOrDefault(families.getSelectedTab(), "participation");
    }

    private LeaderFilter chosenFilter() {
        return filter.getValue() == null ? LeaderFilter.EVERYONE : filter.getValue();
    }

    void load() {
        problem.setVisible(false);
        try {
            shown = client.table(family(), breakdown.getValue(), chosenFilter());
            panel.show(shown, LeaderLabels.of(breakdown.getValue()));
            asOf.setText("As of " + moment(shown.getAsOf()));
        } catch (ApiProblem refused) {
            problem.setText(refused.userMessage());
            problem.setVisible(true);
        }
    }

    LeaderTable shown() {
        return shown;
    }

    private static String moment(OffsetDateTime instant) {
        return instant == null ? "not yet computed" : Dates.moment(instant);
    }
}
