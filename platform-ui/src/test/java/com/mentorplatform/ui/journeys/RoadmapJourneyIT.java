package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.TestPairs;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mentee works on their roadmap (a milestone and an experiment added, the milestone reached); their mentor
 * opens it from My mentoring and endorses the milestone.
 */
class RoadmapJourneyIT {

    private static final String MILESTONE = "Lead the Q3 planning";
    private static final String EXPERIMENT = "Run the weekly demo for a month";

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.atConsole();
        TestPairs.mentorOfMentee("acme");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mentee_plans_and_reaches_a_milestone_and_their_mentor_endorses_it() {
        String mentee = menteeWorksOnTheirRoadmap();

        browser.click("sign-out");
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");
        browser.clickMenuItem("me/pairs");
        browser.clickFirst("vaadin-button.pair-roadmap[aria-label='Roadmap of " + mentee + "']");
        browser.awaitPath("/mentees/");
        browser.awaitElement("roadmap-page");
        browser.click("tab-milestones");
        browser.clickButtonIn("milestone-card", MILESTONE, "Endorse");
        browser.type("endorsement-comment", "The planning doc and the team's feedback show it clearly.");
        browser.click("endorsement-save");
        browser.awaitGone("endorsement-comment");
        browser.awaitTextStartingWith("Endorsed by");
        browser.screenshot("roadmap-mentor-view.png");
    }

    /** Signs in as the mentee, adds a milestone and an experiment, reaches the milestone; answers their name. */
    private String menteeWorksOnTheirRoadmap() {
        browser.signIn("acme", "mentee@acme.example");
        browser.awaitPath("/me/roadmap");
        String name = browser.textOf("current-user");
        browser.clickMenuItem("me/roadmap");
        browser.awaitElement("my-roadmap-view");
        startTheRoadmapIfThereIsNone();
        browser.awaitElement("roadmap-page");
        browser.awaitElement("vision-card");
        browser.screenshot("roadmap-vision-gaps.png");

        browser.click("tab-milestones");
        addMilestone();
        browser.clickButtonIn("milestone-card", MILESTONE, "Start");
        // a planned milestone may be marked reached too: wait until it shows as started before reaching it
        browser.awaitButtonIn("milestone-card", MILESTONE, "Back to planned");
        browser.clickButtonIn("milestone-card", MILESTONE, "Mark reached");
        browser.type("move-note", "The Q3 plan was agreed by the whole team on time.");
        browser.click("move-save");
        browser.awaitGone("move-note");
        assertThat(browser.textOf("milestone-board")).contains(MILESTONE, "Awaiting endorsement");
        browser.screenshot("roadmap-milestones.png");

        browser.click("tab-experiments");
        addExperiment();
        browser.screenshot("roadmap-experiments.png");

        browser.click("tab-history");
        browser.awaitElement("timeline-grid");
        browser.awaitGridCellContaining(MILESTONE);
        browser.screenshot("roadmap-timeline.png");
        return name;
    }

    private void startTheRoadmapIfThereIsNone() {
        browser.awaitCss("#roadmap-page, #roadmap-welcome");
        if (browser.isDisplayed("start-roadmap-form")) {
            browser.type("vision-aspiration", "Lead a product engineering team");
            browser.click("start-cohort");
            browser.clickText("Spring 2027");
            browser.click("start-roadmap");
        }
    }

    private void addMilestone() {
        browser.click("add-milestone");
        browser.awaitElement("milestone-title");
        browser.type("milestone-title", MILESTONE);
        browser.type("milestone-criteria", "The plan is agreed by the team and the budget owner");
        browser.type("milestone-due", LocalDate.now().plusMonths(3).toString());
        browser.click("milestone-save");
        browser.awaitGone("milestone-title");
        browser.awaitText(MILESTONE);
    }

    private void addExperiment() {
        browser.click("add-experiment");
        browser.awaitElement("experiment-objective");
        browser.type("experiment-objective", EXPERIMENT);
        browser.type("experiment-metric", "Demos given to stakeholders");
        browser.type("experiment-baseline", "0");
        browser.type("experiment-target", "4");
        browser.clickText("Start it now (it counts as running)");
        browser.click("experiment-save");
        browser.awaitGone("experiment-objective");
        browser.awaitText(EXPERIMENT);
    }
}
