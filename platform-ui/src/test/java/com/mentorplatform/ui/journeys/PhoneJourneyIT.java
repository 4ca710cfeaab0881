package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mentee's and the mentor's workspaces on a phone 390 px wide: every screen fits the width (nothing to scroll
 * sideways), its buttons are big enough for a finger, and the side menu opens as a drawer. Screenshots of each
 * screen land in target/screenshots/phone for a human eye.
 */
class PhoneJourneyIT {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    /** About the smallest target a finger hits reliably (Apple asks 44, Material 48 with spacing). */
    private static final int TOUCH_HEIGHT = 40;

    private Browser browser;

    @BeforeEach
    void openPhone() {
        browser = Browser.atConsole();
        browser.emulatePhone(WIDTH, HEIGHT);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mentee_works_through_roadmap_check_ins_journal_evidence_and_notifications_on_a_phone() {
        browser.signIn("acme", "mentee@acme.example");
        browser.awaitPath("/me/roadmap");
        browser.awaitElement("roadmap-page");
        fitsThePhone("mentee-roadmap.png");
        browser.click("tab-milestones");
        browser.awaitCss(".milestone-card");
        fitsThePhone("mentee-roadmap-milestones.png");

        browser.click("notification-bell");
        browser.awaitElement("notifications-list");
        fitsThePhone("mentee-notifications.png");
        browser.click("notifications-close");
        browser.awaitGone("notifications-list");

        openFromTheDrawer("me/pairs", "mentee-drawer.png");
        browser.awaitElement("my-pairs-view");
        browser.awaitText("Why you were matched");
        fitsThePhone("mentee-my-mentoring.png");

        browser.clickFirst(".pair-check-ins");
        browser.awaitElement("check-in-list");
        browser.awaitCss(".check-in-card");
        fitsThePhone("mentee-check-ins.png");
        browser.click("log-check-in");
        browser.awaitElement("check-in-save");
        fitsThePhone("mentee-log-check-in.png");
        browser.click("check-in-dialog-cancel");
        browser.awaitGone("check-in-save");

        openFromTheDrawer("me/journal", null);
        browser.awaitCss(".journal-entry");
        fitsThePhone("mentee-journal.png");

        openFromTheDrawer("me/evidence", null);
        browser.awaitCss(".evidence-card");
        fitsThePhone("mentee-evidence.png");
        browser.click("evidence-add-file");
        browser.awaitElement("evidence-form");
        fitsThePhone("mentee-evidence-upload.png");
    }

    @Test
    void mentor_reads_their_mentees_and_a_pairs_check_ins_on_a_phone() {
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");
        browser.awaitCss(".mentee-card");
        fitsThePhone("mentor-my-mentees.png");

        browser.clickButtonIn("mentee-card", "Tara Tanaka", "Check-ins");
        browser.awaitElement("check-in-list");
        browser.awaitCss(".check-in-card");
        fitsThePhone("mentor-check-ins.png");

        openFromTheDrawer("me/pairs", "mentor-drawer.png");
        browser.awaitElement("my-pairs-view");
        browser.awaitTextStartingWith("Your mentee");
        fitsThePhone("mentor-my-mentoring.png");

        browser.clickFirst(".pair-roadmap");
        browser.awaitElement("roadmap-page");
        fitsThePhone("mentor-mentee-roadmap.png");

        browser.click("notification-bell");
        browser.awaitElement("notifications-list");
        fitsThePhone("mentor-notifications.png");
    }

    /** The side menu is a drawer on a phone: it opens over the page from the menu button and closes on a choice. */
    private void openFromTheDrawer(String path, String screenshot) {
        browser.clickFirst("vaadin-drawer-toggle");
        browser.awaitWhollyInView("vaadin-side-nav");
        if (screenshot != null) {
            browser.screenshot("phone/" + screenshot);
        }
        browser.clickMenuItem(path);
        browser.awaitPath("/" + path);
    }

    private void fitsThePhone(String screenshot) {
        browser.screenshot("phone/" + screenshot);
        assertThat(browser.viewportWidth()).as("viewport width").isEqualTo(WIDTH);
        assertThat(browser.pageWidth()).as("page width on " + screenshot).isLessThanOrEqualTo(WIDTH);
        assertThat(browser.elementsWiderThanTheScreen()).as("elements wider than the screen on " + screenshot).isEmpty();
        assertThat(browser.buttonsShorterThan(TOUCH_HEIGHT)).as("buttons too small to tap on " + screenshot).isEmpty();
    }
}
