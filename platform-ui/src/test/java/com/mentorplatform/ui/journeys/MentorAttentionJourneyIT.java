package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mentor sees who among their mentees needs attention and flags one for sponsorship; HR then finds the flag
 * among the open sponsorship flags and looks at the cohort's pair health.
 */
class MentorAttentionJourneyIT {

    private static final String UNFLAGGED = ".mentee-card[data-flagged='false']";
    /**
     * The demo mentee is left alone: a flag now reaches her bell, and the journeys share one seeded platform in
     * which MyMentoringJourneyIT expects her single unread notification to be her pair's.
     */
    private static final String DEMO_MENTEE = "Tara Tanaka";

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
    void mentor_flags_a_mentee_for_sponsorship_and_hr_sees_the_flag_and_the_cohorts_pair_health() {
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");
        browser.clickMenuItem("me/mentees");
        browser.awaitElement("my-mentees-view");
        browser.awaitCss(UNFLAGGED + " .flag-button");
        browser.screenshot("my-mentees.png");

        String pair = browser.attributeOfFirstWithout(UNFLAGGED, DEMO_MENTEE, "data-pair");
        String mentee = browser.textOfFirst(".mentee-card[data-pair='" + pair + "'] .mentee-name");
        browser.clickFirst(".mentee-card[data-pair='" + pair + "'] .flag-button");
        browser.type("flag-note", "Led the on-call redesign end to end; ready for a sponsor in the next round.");
        browser.screenshot("flag-dialog.png");
        browser.click("flag-confirm");
        browser.awaitCss(".mentee-card[data-pair='" + pair + "'][data-flagged='true']");
        browser.awaitGone("flag-confirm");
        browser.screenshot("my-mentees-flagged.png");

        browser.click("sign-out");
        browser.awaitPath("/login");
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("sponsorship");
        browser.awaitElement("sponsorship-flags-view");
        browser.awaitGridCell(mentee);
        assertThat(browser.gridCells()).contains("Led the on-call redesign end to end; ready for a sponsor in the "
                + "next round.");
        browser.screenshot("sponsorship-flags.png");

        browser.clickFirst("#sponsorship-flags-grid a");
        browser.awaitPath("/cohorts/");
        browser.clickText("Pair health");
        browser.awaitElement("pair-health");
        browser.awaitTextStartingWith("Needs attention only");
        assertThat(browser.textOf("pair-health-summary")).endsWith("pairs need attention");
        browser.screenshot("pair-health.png");
    }
}
