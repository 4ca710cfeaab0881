package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The other screens in a real browser, each journey in a fresh browser profile; screenshots for a human eye. */
class ConsoleScreensIT {

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
    void admin_opens_a_person_from_the_directory_in_the_side_form() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("people");
        browser.awaitPath("/people");
        browser.awaitGridCell("Active");

        String email = browser.clickGridCellEndingWith("@acme.example");
        browser.awaitElement("person-form");

        browser.screenshot("person-form.png");
        assertThat(browser.valueOf("person-form-email")).isEqualTo(email);
        browser.clickText("History");
        browser.awaitGridCell("From → to");
        browser.screenshot("person-history.png");
    }

    @Test
    void operator_sees_the_tenants_of_the_platform() {
        browser.signIn("platform", "operator@platform.example");
        browser.awaitPath("/tenants");

        browser.awaitGridCell("Globex Industries");

        browser.screenshot("tenants.png");
        assertThat(browser.gridCells()).contains("Acme Corporation", "acme", "globex");
        browser.click("new-tenant");
        browser.awaitText("First admin's email");
        browser.screenshot("new-tenant-dialog.png");
    }

    @Test
    void wrong_password_is_explained_on_the_login_page() {
        browser.signIn("acme", "admin@acme.example", "not-the-password");

        browser.awaitText("Wrong tenant, email or password");

        browser.screenshot("login-wrong-password.png");
    }

    @Test
    void mentor_lands_on_their_mentees_and_finds_their_profile_with_their_roles() {
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");
        browser.awaitElement("my-mentees-view");

        browser.clickMenuItem("profile");
        browser.awaitText("Mentor");

        browser.screenshot("profile.png");
    }

    @Test
    void visitor_of_a_protected_screen_is_sent_to_login() {
        browser.open("/people");

        browser.awaitPath("/login");
    }
}
