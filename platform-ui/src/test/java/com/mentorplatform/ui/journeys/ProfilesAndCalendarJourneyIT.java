package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participants fill in their mentoring profiles and everyone reads the calendar, in a real browser. */
class ProfilesAndCalendarJourneyIT {

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
    void mentor_opens_their_mentoring_profile_from_the_menu() {
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");

        browser.clickMenuItem("me/mentor-profile");
        browser.awaitPath("/me/mentor-profile");
        browser.awaitElement("mentor-profile-form");
        browser.awaitTextStartingWith("Competencies offered");

        browser.screenshot("mentor-profile.png");
        browser.scrollTo("mentor-hours");
        browser.screenshot("mentor-profile-about.png");
        assertThat(browser.valueOf("mentor-hours")).isNotBlank();
    }

    @Test
    void mentee_sees_the_target_roles_competencies_first() {
        browser.signIn("acme", "mentee@acme.example");
        browser.awaitPath("/me/roadmap");

        browser.clickMenuItem("me/mentee-profile");
        browser.awaitElement("mentee-profile-form");
        browser.awaitTextStartingWith("Role asks for");

        browser.screenshot("mentee-profile.png");
        browser.scrollTo("mentee-preferred-mentors");
        browser.screenshot("mentee-profile-mentors.png");
    }

    @Test
    void admin_opens_a_persons_mentee_profile_from_the_directory() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("people");
        browser.awaitPath("/people");
        browser.type("people-search", "mentee@acme.example");
        browser.clickGridCellEndingWith("mentee@acme.example");

        browser.click("open-mentee-profile");
        browser.awaitElement("mentee-profile-form");
        browser.awaitTextStartingWith("Mentee profile of");

        browser.screenshot("hr-mentee-profile.png");
    }

    @Test
    void admin_reads_the_calendar_and_opens_the_new_event_form() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");

        browser.clickMenuItem("calendar");
        browser.awaitElement("calendar-view");
        browser.awaitTextStartingWith("Promotion round");
        browser.screenshot("calendar.png");

        browser.click("add-event");
        browser.awaitElement("calendar-event-form");
        browser.screenshot("calendar-new-event.png");
    }
}
