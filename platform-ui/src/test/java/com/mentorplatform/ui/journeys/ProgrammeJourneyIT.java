package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A programme manager's first cohort in a real browser: programme, cohort, mentors and mentees in bulk. */
class ProgrammeJourneyIT {

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
    void admin_creates_a_programme_and_cohort_and_enrols_mentors_and_mentees_in_bulk() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        signInAsAcmeAdmin();
        browser.open("/programmes");
        browser.awaitGridCell("Engineering Growth 2027");
        browser.screenshot("programmes.png");

        String programme = "Sales Mentoring " + suffix;
        browser.click("new-programme");
        browser.type("programme-name", programme);
        browser.click("programme-save");
        browser.awaitPath("/programmes/");
        browser.awaitText(programme);

        String cohort = "Pilot " + suffix;
        browser.click("new-cohort");
        browser.type("cohort-name", cohort);
        browser.type("cohort-starts", "2027-03-01\n");
        browser.type("cohort-ends", "2027-09-30\n");
        // Room for every mentee at level 2 or below: the demo tenants' history adds a few hundred.
        browser.type("cohort-capacity", "1000");
        browser.click("cohort-save");
        browser.awaitGridCell(cohort);
        browser.screenshot("programme-detail.png");

        browser.clickGridCellEndingWith(cohort);
        browser.awaitPath("/cohorts/");
        browser.awaitElement("capacity-bar");
        bulkEnrol("Mentor", "bulk-min-level", "5", "bulk-enrol-preview.png");
        bulkEnrol("Mentee", "bulk-max-level", "2", null);

        browser.awaitText("Mentee");
        browser.screenshot("cohort.png");
        assertThat(browser.textOf("capacity-mentees")).matches("[1-9]\\d* of 1000 places taken");
        assertThat(browser.textOf("capacity-seats")).matches("[1-9]\\d* seats from [1-9]\\d* mentors for .*");
    }

    /** Bulk-enrols everyone at a level bound in one role, previewing first. */
    private static void bulkEnrol(String role, String levelField, String level, String previewScreenshot) {
        browser.click("bulk-enrol");
        browser.awaitElement("bulk-preview-button");
        browser.clickText(role);
        browser.type(levelField, level);
        browser.click("bulk-preview-button");
        browser.awaitElement("bulk-preview-summary");
        assertThat(browser.textOf("bulk-preview-summary")).contains(role.toLowerCase() + "s would be added");
        if (previewScreenshot != null) {
            browser.screenshot(previewScreenshot);
        }
        browser.click("bulk-confirm");
        browser.awaitGone("bulk-preview-button");
    }

    private static void signInAsAcmeAdmin() {
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
    }
}
