package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mentor logs a check-in from "My mentoring" with feedback, an action and a private note; a mentee reads
 * their pair's check-ins, and opens their own private notes, without ever seeing their mentor's.
 */
class CheckInJourneyIT {

    private static final String NOTES = "Walked through the quarter plan and the hiring question.";
    private static final String PRIVATE = "Mentor-only: seems stretched, ask about workload next time.";

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
    void the_mentor_logs_a_check_in_with_feedback_an_action_and_a_private_note() {
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");
        browser.clickMenuItem("me/pairs");
        browser.clickFirst(".pair-card[data-status='ACTIVE'] .pair-check-ins");
        browser.awaitElement("check-ins-view");
        browser.awaitTextStartingWith("Last check-in");
        browser.screenshot("check-ins-list.png");

        browser.click("log-check-in");
        browser.awaitElement("check-in-save");
        browser.typeArea("check-in-notes", NOTES);
        browser.typeArea("feedback-observation", "You opened the planning meeting with the customer's problem.");
        browser.typeArea("feedback-impact", "The team agreed the scope in half the usual time.");
        browser.typeArea("feedback-suggestion", "Open Thursday's review the same way.");
        browser.clickText("4");
        browser.click("check-in-add-action");
        browser.type("check-in-action-0-description", "Share the draft hiring plan");
        browser.typeArea("check-in-private-note", PRIVATE);
        browser.awaitText("Only you can see this");
        browser.screenshot("check-in-dialog.png");

        browser.click("check-in-save");
        browser.awaitGone("check-in-save");
        browser.awaitText(NOTES);
        assertThat(browser.pageText()).contains("Share the draft hiring plan", "Observation:", "★★★★☆")
                .doesNotContain(PRIVATE);
    }

    @Test
    void the_mentee_reads_their_check_ins_and_own_private_note_but_not_their_mentors() {
        browser.signIn("acme", "mentee@acme.example");
        browser.awaitPath("/me/roadmap");
        browser.clickMenuItem("me/pairs");
        browser.clickFirst(".pair-card .pair-check-ins");
        browser.awaitElement("check-ins-view");
        browser.awaitText("Agreed actions");

        browser.clickFirst(".check-in-card[data-status='HELD'] .check-in-private-note");
        browser.awaitCss(".private-note-text");
        browser.screenshot("check-in-mentee-view.png");

        assertThat(browser.pageText()).contains("Logged by", "Observation:", "My private note")
                .doesNotContain("undersells", "sponsorship", PRIVATE);
    }
}
