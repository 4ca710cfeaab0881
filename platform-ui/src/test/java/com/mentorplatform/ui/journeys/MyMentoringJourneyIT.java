package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.RunningConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mentee is told their pair is active, opens the notification and reads why they were matched. */
class MyMentoringJourneyIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private static String console;
    private Browser browser;

    @BeforeAll
    static void startConsole() {
        Browser.requireChromium();
        console = RunningConsole.consoleUrl();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mentee_opens_the_notification_of_their_new_pair_and_reads_why_they_were_matched() {
        signIn("mentee@acme.example");
        browser.awaitPath("/profile");
        browser.awaitElement("unread-count");
        assertThat(browser.textOf("unread-count")).isEqualTo("1");

        browser.click("notification-bell");
        browser.awaitElement("notifications-list");
        browser.awaitTextStartingWith("Your mentoring pair");
        browser.screenshot(SCREENSHOTS.resolve("notifications.png"));

        browser.clickFirst(".notification-item[data-unread='true']");
        browser.awaitPath("/me/pairs");
        browser.awaitElement("my-pairs-view");
        browser.awaitText("Why you were matched");
        browser.awaitGone("unread-count");
        browser.screenshot(SCREENSHOTS.resolve("my-mentoring-mentee.png"));
    }

    @Test
    void mentor_finds_each_mentee_under_my_mentoring() {
        signIn("mentor@acme.example");
        browser.awaitPath("/profile");

        browser.clickMenuItem("me/pairs");
        browser.awaitElement("my-pairs-view");
        browser.awaitTextStartingWith("Your mentee");
        browser.screenshot(SCREENSHOTS.resolve("my-mentoring-mentor.png"));
    }

    private void signIn(String email) {
        browser.open(console + "/login");
        browser.type("login-tenant", "acme");
        browser.type("login-email", email);
        browser.type("login-password", RunningPlatform.DEMO_PASSWORD);
        browser.click("login-submit");
    }
}
