package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.SmallGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HR and leaders land on their analytics in a real browser; the charts are drawn there, by ECharts. */
class AnalyticsJourneyIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.atConsole();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void admin_lands_on_the_dashboard_where_the_charts_are_drawn_and_each_offers_its_csv() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
        browser.awaitElement("analytics-kpis");

        for (String chart : new String[] {"completion-funnel", "completion-trend", "engagement-trend",
                "engagement-heatmap", "retention-curve", "matching-runs", "matching-bands"}) {
            browser.scrollTo(chart);
            browser.awaitCss("#" + chart + " .echart canvas");
            assertThat(browser.attributeOfFirst("#" + chart + "-csv", "href")).isNotBlank();
        }
        browser.scrollTo("retention-caveat");
        assertThat(browser.textOf("retention-caveat")).containsIgnoringCase("association");
        browser.scrollTo("kpi-match-rate");
        assertThat(browser.textOf("kpi-match-rate")).contains("Match rate");

        browser.screenshotWholePage("analytics-dashboard.png");
    }

    @Test
    void leader_lands_on_leadership_reports_with_small_groups_marked_hidden() {
        try (SmallGroups hidden = SmallGroups.hiddenByDepartment("acme")) {
            browser.signIn("acme", "leader@acme.example");
            browser.awaitPath("/leadership");
            browser.awaitElement("leader-rows");

            browser.awaitCss("#leader-chart canvas");
            browser.awaitCss("#leader-rows .suppressed");
            assertThat(browser.textOfFirst("#leader-rows .suppressed")).isEqualTo("hidden");
            assertThat(browser.attributeOfFirst("#leader-report", "href")).isNotBlank();
            assertThat(browser.attributeOfFirst("#leader-csv", "href")).isNotBlank();

            browser.screenshotWholePage("leadership-reports.png");
        }
    }
}
