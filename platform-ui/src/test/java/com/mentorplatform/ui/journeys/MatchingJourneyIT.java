package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A programme manager matches the demo enrolling cohort in a real browser: reads why the new mentee got their
 * mentor, swaps another pair, accepts all and starts the new mentee's pair; then the new mentee and the new
 * mentor each find it under "My mentoring".
 */
class MatchingJourneyIT {

    private static final int SWAP_ATTEMPTS = 5;
    private static final String NEW_MENTEE = "Theo Brandt";
    private static final String NEW_MENTOR = "Nora Lind";

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
    void admin_matches_the_enrolling_cohort_swaps_a_pair_accepts_all_and_the_new_mentor_and_mentee_find_their_pair() {
        signInAsAcmeAdmin();
        openDemoEnrollingCohort();
        browser.click("open-matching");
        browser.awaitPath("/cohorts/");
        browser.awaitElement("run-matching");

        browser.scrollTo("run-matching");
        browser.click("run-matching");
        swapAnotherPair();
        readWhyTheNewMenteeGotTheirMentor();
        acceptAllAndStartTheNewMenteesPair();

        seeThePairInMyMentoring("new-mentee@acme.example", NEW_MENTOR, "Your mentor",
                "matching-accepted-mentee-workspace.png");
        seeThePairInMyMentoring("new-mentor@acme.example", NEW_MENTEE, "Your mentee",
                "matching-accepted-mentor-workspace.png");
    }

    private static void readWhyTheNewMenteeGotTheirMentor() {
        browser.clickGridCellEndingWith(NEW_MENTEE);
        browser.awaitText(NEW_MENTEE + " ↔ " + NEW_MENTOR);
        browser.awaitCss("#score-chart canvas");
        assertThat(browser.textOf("detail-reasons")).contains("largest gaps");
        browser.scrollTo("detail-reasons");
        browser.screenshot("matching-proposal-reasons.png");
    }

    /** Opens the first proposal and swaps one mentor with another mentee's, never the new mentee's. */
    private static void swapAnotherPair() {
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
        browser.screenshot("matching-swapped.png");
    }

    /** Tries the proposals from the top until one's mentor may be swapped: hard rules refuse many swaps. */
    private static void swapOnePair() {
        for (List<String> row : browser.gridRows("proposals-grid")) {
            String mentee = row.get(0);
            if (!mentee.equals(NEW_MENTEE) && swapped(mentee)) {
                return;
            }
        }
        throw new AssertionError("no swap was allowed: " + browser.textOf("adjust-outcome"));
    }

    /**
     * Opens the mentee's proposal and swaps its mentor with another mentee's, trying the next one when a hard rule
     * refuses.
     */
    private static boolean swapped(String mentee) {
        for (int attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
            openWithNothingPicked(mentee);
            browser.pickItem("swap-with", attempt);
            if (browser.valueOf("swap-with").startsWith(NEW_MENTEE)) {
                continue;
            }
            browser.click("swap");
            browser.awaitElement("adjust-outcome");
            if (browser.textOf("adjust-outcome").startsWith("Swapped")) {
                assertThat(browser.textOf("adjust-outcome")).matches("Swapped with .*Total score [+-]\\d+\\.\\d{3}");
                return true;
            }
        }
        return false;
    }

    /**
     * Opens the mentee's proposal unless it is open with nothing picked to swap with: opening it again empties the
     * list's choice, so the next pick counts from the top. Waits for the new title or the emptied choice, which
     * come with the proposal drawn again.
     */
    private static void openWithNothingPicked(String mentee) {
        if (browser.textOf("detail-title").startsWith(mentee + " ↔ ") && browser.valueOf("swap-with").isEmpty()) {
            return;
        }
        browser.clickGridCellEndingWith(mentee);
        browser.awaitTextStartingWith(mentee + " ↔ ");
        browser.awaitValue("swap-with", "");
    }

    private static void acceptAllAndStartTheNewMenteesPair() {
        browser.scrollTo("accept-all");
        browser.click("accept-all");
        browser.awaitElement("pairs-grid");
        browser.awaitGridRowCell("pairs-grid", NEW_MENTEE, NEW_MENTOR);
        browser.clickInGridRow("pairs-grid", NEW_MENTEE, "Activate");
        browser.awaitGridRowCell("pairs-grid", NEW_MENTEE, "Active");
        browser.screenshot("matching-pairs.png");
    }

    private static void seeThePairInMyMentoring(String email, String partner, String partnerRole, String screenshot) {
        try (Browser person = Browser.atConsole()) {
            person.signIn("acme", email);
            person.awaitPath("/me/");
            person.clickMenuItem("me/pairs");
            person.awaitElement("my-pairs-view");
            person.awaitText(partner);
            person.awaitText(partnerRole);
            person.awaitText("Why you were matched");
            person.awaitTextStartingWith("Covers ");
            person.screenshot(screenshot);
        }
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
        browser.awaitPath("/analytics");
    }
}
