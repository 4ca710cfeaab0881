package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.promotioncase.TestCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mentee opens their promotion case, sees the milestone and evidence chosen, and downloads the PDF. */
class PromotionCaseJourneyIT {

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
    void mentee_chooses_a_reached_milestone_and_evidence_previews_the_case_and_downloads_the_pdf() throws IOException {
        ApiClient mentee = TestCases.api(TestCases.MENTEE);
        TestCases.Material material = TestCases.demoOrFresh(mentee);
        browser.signIn("acme", TestCases.MENTEE);
        browser.awaitPath("/me/roadmap");

        browser.clickMenuItem("me/promotion-case");
        browser.awaitElement("promotion-case-view");
        browser.awaitText(material.reachedTitle());
        browser.awaitText(material.evidenceTitle());
        assertThat(browser.textOf("case-preview")).contains("# Promotion case: ", material.reachedTitle(),
                material.evidenceTitle());
        if (material.openTitle() != null) {
            assertThat(browser.textOf("case-preview")).doesNotContain("### " + material.openTitle());
        }
        assertThat(browser.textOf("download-pdf")).contains("Download PDF");
        browser.screenshot("promotion-case.png");

        // What "Download PDF" fetches, checked through the API rather than the browser's download folder.
        byte[] pdf = mentee.download("POST", "/api/roadmaps/" + material.roadmapId() + "/promotion-case", Map.of(
                "milestoneIds", List.of(material.reachedId()), "evidenceIds", List.of(material.evidenceId()),
                "format", "pdf"));
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        // Kept beside the screenshots for a person to look at (render it to PNG).
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "promotion-case.pdf"), pdf);
    }
}
