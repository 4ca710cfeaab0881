package com.mentorplatform.ui.oversight;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class PairHealthPanelTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_running_cohorts_page_shows_every_pairs_health_on_its_own_tab() {
        PairHealthPanel panel = openPairHealth();

        List<PairOverview> pairs = _findAll(panel.grid);
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(35);
        assertThat(pairs).extracting(PairOverview::getStatus).contains(PairStatus.ACTIVE, PairStatus.PAUSED,
                PairStatus.ENDED_EARLY);
        assertThat(pairs).filteredOn(pair -> !pair.getSponsorshipFlags().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(panel.summary.getText()).endsWith(" of " + pairs.size() + " pairs need attention");
        assertThat(panel.grid.getColumns()).extracting(column -> column.getHeaderText()).containsExactly("Mentee",
                "Mentor", "Status", "Attention", "Check-ins", "Milestones", "Experiments", "Sponsorship");
    }

    @Test
    void needs_attention_only_keeps_the_pairs_that_need_it() {
        PairHealthPanel panel = openPairHealth();
        int needing = Integer.parseInt(panel.summary.getText().split(" ")[0]);

        panel.attentionOnly.setValue(true);

        assertThat(_size(panel.grid)).isEqualTo(needing);
        assertThat(_findAll(panel.grid)).allMatch(PairOverviews::needsAttention);
        panel.attentionOnly.setValue(false);
        assertThat(_size(panel.grid)).isGreaterThan(needing);
    }

    /** Opens the running demo cohort's page as HR and chooses its "Pair health" tab. */
    @SuppressWarnings("unchecked")
    private static PairHealthPanel openPairHealth() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
        ApiClient api = ConsoleSession.current().api();
        List<Map<String, Object>> programmes = (List<Map<String, Object>>) api.get(
                "/api/programmes?q=Engineering%20Growth", Map.class).get("items");
        List<Map> cohorts = api.getList("/api/programmes/" + programmes.get(0).get("id") + "/cohorts", Map.class);
        Object running = cohorts.stream().filter(c -> "RUNNING".equals(c.get("status"))).findFirst().orElseThrow()
                .get("id");
        UI.getCurrent().navigate("cohorts/" + running);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("cohort-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("pair-health-tab")));
        return _get(PairHealthPanel.class);
    }
}
