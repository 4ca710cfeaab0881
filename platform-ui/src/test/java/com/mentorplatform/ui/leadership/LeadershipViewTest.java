package com.mentorplatform.ui.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.LeaderTable;
import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.paging.KeysetPage;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.charts.BarChart;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.mentorplatform.ui.testing.SmallGroups;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class LeadershipViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_leader_lands_on_leadership_reports_with_a_table_a_chart_and_when_the_figures_were_taken() {
        LeadershipView view = signIn("leader@acme.example");

        assertThat(view.problem.isVisible()).as(view.problem.getText()).isFalse();
        assertThat(view.panel.table.texts()).isNotEmpty();
        assertThat(view.panel.chart.bars().categories()).hasSize(view.shown().getRows().size());
        assertThat(view.asOf.getText()).startsWith("As of ");
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.report.getHref()).isNotBlank();
    }

    @Test
    void suppressed_cells_read_hidden_and_have_no_bar_but_a_marked_label() {
        try (SmallGroups hidden = SmallGroups.hiddenByDepartment("acme")) {
            LeadershipView view = signIn("leader@acme.example");
            LeaderTable table = view.shown();
            String fewer = "hidden";

            assertThat(view.breakdown.getValue()).isEqualTo("department");
            List<Integer> suppressed = IntStream.range(0, table.getRows().size())
                    .filter(i -> table.getRows().get(i).getSuppressed()).boxed().toList();
            assertThat(suppressed).isNotEmpty();
            List<List<String>> texts = view.panel.table.texts();
            BarChart.Bars bars = view.panel.chart.bars();
            assertThat(suppressed).allSatisfy(i -> {
                assertThat(texts.get(i).subList(1, texts.get(i).size()))
                        .isNotEmpty().allSatisfy(cell -> assertThat(cell).isEqualTo(fewer));
                assertThat(bars.series().get(0).values().get(i)).isNull();
                assertThat(bars.categories().get(i)).endsWith("(" + fewer + ")");
            });
            assertThat(bars.highlighted()).containsExactlyInAnyOrderElementsOf(suppressed);
            assertThat(view.panel.note.getText()).contains(String.valueOf(hidden.threshold()));
        }
    }

    @Test
    void nothing_a_leader_is_shown_names_a_person() {
        LeadershipView view = signIn("leader@acme.example");
        List<String> shown = new ArrayList<>();
        for (Tab tab : List.copyOf(familyTabs(view))) {
            view.families.setSelectedTab(tab);
            for (String by : breakdowns(view)) {
                view.breakdown.setValue(by);
                shown.add(view.getElement().getTextRecursively());
                shown.addAll(view.panel.chart.bars().categories());
            }
        }

        List<String> names = peopleNames();
        assertThat(names).hasSizeGreaterThan(50);
        assertThat(String.join("\n", shown)).doesNotContain(names);
    }

    @Test
    void retention_figures_say_they_are_an_association_not_a_cause() {
        LeadershipView view = signIn("leader@acme.example");
        assertThat(view.panel.caveat.isVisible()).isFalse();

        view.families.setSelectedTab(familyTabs(view).stream()
                .filter(tab -> tab.getId().orElse("").equals("family-retention")).findFirst().orElseThrow());

        assertThat(view.family()).isEqualTo("retention");
        assertThat(view.panel.caveat.isVisible()).isTrue();
        assertThat(view.panel.caveat.getText()).contains("association, not proof");
    }

    @Test
    void the_csv_download_is_the_table_shown() {
        LeadershipView view = signIn("leader@acme.example");
        LeadershipClient client = new LeadershipClient(ConsoleSession.current().api());

        String csv = new String(client.csv(view.family(), view.breakdown.getValue(), LeaderFilter.EVERYONE),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().filter(line -> !line.isBlank()).count())
                .isGreaterThanOrEqualTo(view.shown().getRows().size() + 1);
    }

    @Test
    void the_board_report_is_a_pdf() {
        LeadershipView view = signIn("leader@acme.example");
        LeadershipClient client = new LeadershipClient(ConsoleSession.current().api());

        byte[] pdf = client.report(LeaderFilter.EVERYONE);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(view.report.getHref()).isNotBlank();
    }

    @Test
    void mentors_are_sent_away_from_leadership_reports() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");

        UI.getCurrent().navigate("leadership");

        assertThat(KaribuConsole.currentView()).isNotInstanceOf(LeadershipView.class);
    }

    private static List<String> breakdowns(LeadershipView view) {
        return view.breakdown.getListDataView().getItems().toList();
    }

    private static List<Tab> familyTabs(LeadershipView view) {
        return view.families.getChildren().map(Tab.class::cast).toList();
    }

    /** Every display name of the demo tenant, read as its admin. */
    private static List<String> peopleNames() {
        ApiClient admin = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        admin.signIn("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            KeysetPage<PersonResponse> page = new PeopleClient(admin).page(PersonQuery.EVERYONE, 100, after);
            page.items().stream().map(PersonResponse::getDisplayName).forEach(names::add);
            after = page.next();
        } while (after != null && names.size() < 2000);
        return names;
    }

    private static LeadershipView signIn(String email) {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", email);
        return (LeadershipView) KaribuConsole.currentView();
    }
}
