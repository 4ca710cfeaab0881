package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A programme manager matches the demo enrolling cohort in a real browser, adjusts one pair and accepts. */
class MatchingJourneyIT {

    private static final int SWAP_ATTEMPTS = 5;

    private static Browser browser;

    @BeforeAll
    static void startBrowserAndConsole() {
        browser = Browser.atConsole();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void admin_matches_the_enrolling_cohort_swaps_a_pair_and_accepts_all() {
        signInAsAcmeAdmin();
        openDemoEnrollingCohort();
        browser.click("open-matching");
        browser.awaitPath("/cohorts/");
        browser.awaitElement("run-matching");

        browser.click("run-matching");
        browser.clickGridCellEndingWith(" of 2");
        browser.awaitCss("#score-chart canvas");
        browser.scrollTo("run-matching");
        browser.screenshot("matching-workbench.png");

        try {
            swapOnePair();
        } catch (RuntimeException | AssertionError failed) {
            browser.screenshot("matching-swap-failed.png");
            throw failed;
        }
        browser.scrollTo("score-chart");
        browser.screenshot("matching-detail.png");

        browser.scrollTo("accept-all");
        browser.click("accept-all");
        browser.awaitElement("pairs-grid");
        browser.awaitText("Activate");
        browser.screenshot("matching-pairs.png");
    }

    /** Swaps the open proposal's mentor with another mentee's, trying the next one when a hard rule refuses. */
    private static void swapOnePair() {
        for (int attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
            browser.pickItem("swap-with", attempt);
            browser.click("swap");
            browser.awaitElement("adjust-outcome");
            if (browser.textOf("adjust-outcome").startsWith("Swapped")) {
                assertThat(browser.textOf("adjust-outcome")).matches("Swapped with .*Total score [+-]\\d+\\.\\d{3}");
                return;
            }
        }
        throw new AssertionError("no swap was allowed: " + browser.textOf("adjust-outcome"));
    }

    private static void openDemoEnrollingCohort() {
        browser.open("/programmes");
        browser.clickGridCellEndingWith("Engineering Growth 2027");
        browser.awaitPath("/programmes/");
        browser.clickGridCellEndingWith("Autumn 2027");
        browser.awaitElement("capacity-bar");
    }

    private static void signInAsAcmeAdmin() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/people");
    }
}
