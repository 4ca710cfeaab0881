package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HR imports people in a real browser: a file with problems, the fixed file applied, then one of the new people's
 * data exported and the person erased, then the framework editor.
 */
class ImportJourneyIT {

    private static final String HEADER = "email,display_name,department,location,job_title,level,manager_email,"
            + "hired_on,left_on\n";

    private static Browser browser;

    @TempDir
    Path files;

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
    void admin_fixes_the_problems_of_an_import_applies_it_and_opens_the_framework() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn();
        browser.click("import-people");
        browser.awaitPath("/people/import");

        browser.upload("import-upload", write("hr-export.csv", rows(tag, "not-an-email", "2023-01-01")));
        browser.awaitText("Has problems");
        browser.awaitGridCell("is not an e-mail address");
        browser.screenshot("import-problems.png");
        assertThat(browser.gridCells()).contains("manager_email", "left_on");

        browser.upload("import-upload", write("hr-export-fixed.csv", rows(tag, "kai." + tag + "@acme.example", "")));
        browser.awaitText("Ready to import");
        browser.click("apply-import");
        browser.awaitText("Imported");
        browser.screenshot("import-done.png");
        assertThat(browser.gridCells()).contains("hr-export-fixed.csv");

        exportAndErase("mo." + tag + "@acme.example");

        browser.open("/framework");
        browser.awaitGridCell("Category");
        browser.clickGridCellEndingWith("Execution");
        browser.awaitElement("competency-form");
        browser.screenshot("framework-competencies.png");

        browser.clickText("Role profiles");
        browser.awaitGridCell("Family");
        browser.clickGridCellEndingWith("Senior Engineer");
        browser.awaitElement("role-profile-form");
        browser.screenshot("framework-role-profile.png");
    }

    /** The tenant admin exports an imported person's data, then erases them and sees them pseudonymised. */
    private static void exportAndErase(String email) {
        browser.open("/people");
        browser.type("people-search", email);
        browser.clickGridCellEndingWith(email);
        browser.click("person-data-tab");
        browser.click("person-data-export-request");
        browser.awaitElement("person-data-export-download");
        browser.screenshot("person-data-export.png");

        browser.click("erase-person");
        browser.type("erasure-confirmation", email);
        browser.awaitCss("#erasure-confirm:not([disabled])");
        browser.screenshot("person-erasure-confirm.png");
        browser.click("erasure-confirm");
        browser.awaitValue("person-form-name", "Erased person");
        browser.screenshot("person-erased.png");
        assertThat(browser.valueOf("person-form-email")).endsWith("@erased.invalid");
    }

    /** Three new people; the first file has an unknown manager, a bad e-mail and a leaving date before hiring. */
    private static String rows(String tag, String secondEmail, String thirdLeftOn) {
        String manager = thirdLeftOn.isEmpty() ? "admin@acme.example" : "nobody." + tag + "@acme.example";
        return HEADER
                + "lea." + tag + "@acme.example,Lea Journey " + tag + ",Engineering,Lisbon,Engineer,4,"
                + manager + ",2022-03-01,\n"
                + secondEmail + ",Kai Journey " + tag + ",Engineering,Lisbon,Engineer,3,lea." + tag
                + "@acme.example,2022-06-01,\n"
                + "mo." + tag + "@acme.example,Mo Journey " + tag + ",Sales,Porto,Account Executive,2,,2023-05-01,"
                + thirdLeftOn + "\n";
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void signIn() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("people");
        browser.awaitPath("/people");
    }
}
