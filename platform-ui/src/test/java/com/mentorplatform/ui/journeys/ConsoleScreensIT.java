package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.RunningConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The other screens in a real browser, each journey in a fresh browser profile; screenshots for a human eye. */
class ConsoleScreensIT {

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
    void admin_opens_a_person_from_the_directory_in_the_side_form() {
        signIn("acme", "admin@acme.example");
        browser.awaitPath("/people");
        browser.awaitGridCell("Active");

        String email = browser.clickGridCellEndingWith("@acme.example");
        browser.awaitElement("person-form");

        browser.screenshot(SCREENSHOTS.resolve("person-form.png"));
        assertThat(browser.valueOf("person-form-email")).isEqualTo(email);
        browser.clickText("History");
        browser.awaitGridCell("From → to");
        browser.screenshot(SCREENSHOTS.resolve("person-history.png"));
    }

    @Test
    void operator_sees_the_tenants_of_the_platform() {
        signIn("platform", "operator@platform.example");
        browser.awaitPath("/tenants");

        browser.awaitGridCell("Globex Industries");

        browser.screenshot(SCREENSHOTS.resolve("tenants.png"));
        assertThat(browser.gridCells()).contains("Acme Corporation", "acme", "globex");
        browser.click("new-tenant");
        browser.awaitText("First admin's email");
        browser.screenshot(SCREENSHOTS.resolve("new-tenant-dialog.png"));
    }

    @Test
    void wrong_password_is_explained_on_the_login_page() {
        signIn("acme", "admin@acme.example", "not-the-password");

        browser.awaitText("Wrong tenant, email or password");

        browser.screenshot(SCREENSHOTS.resolve("login-wrong-password.png"));
    }

    @Test
    void mentor_lands_on_their_profile_with_their_roles() {
        signIn("acme", "mentor@acme.example");
        browser.awaitPath("/profile");

        browser.awaitText("Mentor");

        browser.screenshot(SCREENSHOTS.resolve("profile.png"));
    }

    @Test
    void visitor_of_a_protected_screen_is_sent_to_login() {
        browser.open(console + "/people");

        browser.awaitPath("/login");
    }

    private void signIn(String tenant, String email) {
        signIn(tenant, email, RunningPlatform.DEMO_PASSWORD);
    }

    private void signIn(String tenant, String email, String password) {
        browser.open(console + "/login");
        browser.type("login-tenant", tenant);
        browser.type("login-email", email);
        browser.type("login-password", password);
        browser.click("login-submit");
    }
}
