package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mentee is told their pair is active, opens the notification and reads why they were matched. */
class MyMentoringJourneyIT {

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
    void mentee_opens_the_notification_of_their_new_pair_and_reads_why_they_were_matched() {
        browser.signIn("acme", "mentee@acme.example");
        browser.awaitPath("/me/roadmap");
        browser.awaitElement("unread-count");
        assertThat(browser.textOf("unread-count")).isEqualTo("1");

        browser.click("notification-bell");
        browser.awaitElement("notifications-list");
        browser.awaitTextStartingWith("Your mentoring pair");
        browser.screenshot("notifications.png");

        browser.clickFirst(".notification-item[data-unread='true']");
        browser.awaitPath("/me/pairs");
        browser.awaitElement("my-pairs-view");
        browser.awaitText("Why you were matched");
        browser.awaitGone("unread-count");
        browser.screenshot("my-mentoring-mentee.png");
    }

    @Test
    void mentor_finds_each_mentee_under_my_mentoring() {
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");

        browser.clickMenuItem("me/pairs");
        browser.awaitElement("my-pairs-view");
        browser.awaitTextStartingWith("Your mentee");
        browser.screenshot("my-mentoring-mentor.png");
    }
}
