package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.RunningConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participants fill in their mentoring profiles and everyone reads the calendar, in a real browser. */
class ProfilesAndCalendarJourneyIT {

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
    void mentor_opens_their_mentoring_profile_from_the_menu() {
        signIn("mentor@acme.example");
        browser.awaitPath("/profile");

        browser.clickMenuItem("me/mentor-profile");
        browser.awaitPath("/me/mentor-profile");
        browser.awaitElement("mentor-profile-form");
        browser.awaitTextStartingWith("Competencies offered");

        browser.screenshot(SCREENSHOTS.resolve("mentor-profile.png"));
        browser.scrollTo("mentor-hours");
        browser.screenshot(SCREENSHOTS.resolve("mentor-profile-about.png"));
        assertThat(browser.valueOf("mentor-hours")).isNotBlank();
    }

    @Test
    void mentee_sees_the_target_roles_competencies_first() {
        signIn("mentee@acme.example");
        browser.awaitPath("/profile");

        browser.clickMenuItem("me/mentee-profile");
        browser.awaitElement("mentee-profile-form");
        browser.awaitTextStartingWith("Role asks for");

        browser.screenshot(SCREENSHOTS.resolve("mentee-profile.png"));
        browser.scrollTo("mentee-preferred-mentors");
        browser.screenshot(SCREENSHOTS.resolve("mentee-profile-mentors.png"));
    }

    @Test
    void admin_opens_a_persons_mentee_profile_from_the_directory() {
        signIn("admin@acme.example");
        browser.awaitPath("/people");
        browser.type("people-search", "mentee@acme.example");
        browser.clickGridCellEndingWith("mentee@acme.example");

        browser.click("open-mentee-profile");
        browser.awaitElement("mentee-profile-form");
        browser.awaitTextStartingWith("Mentee profile of");

        browser.screenshot(SCREENSHOTS.resolve("hr-mentee-profile.png"));
    }

    @Test
    void admin_reads_the_calendar_and_opens_the_new_event_form() {
        signIn("admin@acme.example");
        browser.awaitPath("/people");

        browser.clickMenuItem("calendar");
        browser.awaitElement("calendar-view");
        browser.awaitTextStartingWith("Promotion round");
        browser.screenshot(SCREENSHOTS.resolve("calendar.png"));

        browser.click("add-event");
        browser.awaitElement("calendar-event-form");
        browser.screenshot(SCREENSHOTS.resolve("calendar-new-event.png"));
    }

    private void signIn(String email) {
        browser.open(console + "/login");
        browser.type("login-tenant", "acme");
        browser.type("login-email", email);
        browser.type("login-password", RunningPlatform.DEMO_PASSWORD);
        browser.click("login-submit");
    }
}
