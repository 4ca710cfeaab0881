package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mentee writes a private and a shared journal entry, finds them by searching and uploads a PDF as evidence; a
 * mentor then opens one of their mentees' journal and evidence and finds shared entries only. (The demo's mentor
 * and mentee logins need not be each other's pair, so the exact rule, entry by entry, is the API tests' part.)
 */
class JournalEvidenceJourneyIT {

    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    private Browser browser;

    @TempDir
    Path files;

    @BeforeEach
    void openBrowser() {
        browser = Browser.atConsole();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void mentee_keeps_a_private_and_a_shared_entry_and_a_pdf_and_a_mentor_reads_only_shared_entries()
            throws IOException {
        String tag = "osprey" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("acme", "mentee@acme.example");
        browser.awaitPath("/me/roadmap");

        browser.clickMenuItem("me/journal");
        browser.awaitElement("journal-view");
        write("Private doubts " + tag, "Not ready to talk about the " + tag + " promotion round yet.", false);
        write("Shared win " + tag, "Led the " + tag + " planning session; the team cut the list to six items.", true);
        browser.screenshot("journal.png");

        browser.type("journal-search", tag);
        browser.awaitCss(".journal-hit");
        browser.screenshot("journal-search.png");
        assertThat(browser.textOf("journal-entries")).contains("Private doubts " + tag, "Shared win " + tag);
        assertThat(browser.count(".journal-entry[data-shared='true']")).isEqualTo(1);
        assertThat(browser.count(".journal-entry[data-shared='false']")).isEqualTo(1);

        browser.clickMenuItem("me/evidence");
        browser.awaitElement("evidence-view");
        browser.click("evidence-add-file");
        browser.awaitElement("evidence-form");
        browser.type("evidence-title", "Planning summary " + tag);
        browser.typeArea("evidence-impact", "The list went from 14 items to 6 and all 6 shipped.");
        browser.upload("evidence-upload", write("planning-" + tag + ".pdf", PDF));
        browser.awaitTextStartingWith("Chosen: planning-" + tag + ".pdf");
        browser.click("evidence-save");
        browser.awaitGone("evidence-form");
        browser.awaitText("Planning summary " + tag);
        browser.screenshot("evidence.png");

        browser.click("sign-out");
        browser.signIn("acme", "mentor@acme.example");
        browser.awaitPath("/me/mentees");
        browser.clickMenuItem("me/pairs");
        browser.clickFirst(".pair-journal");
        browser.awaitElement("mentee-journal-view");
        browser.awaitElement("evidence-list");
        browser.screenshot("mentor-journal.png");
        assertThat(browser.count(".journal-entry[data-shared='false']")).isZero();
        assertThat(browser.textOf("mentee-journal-view")).contains("Shared journal entries", "Evidence")
                .doesNotContain("Private doubts " + tag);
    }

    private void write(String title, String body, boolean shared) {
        browser.click("journal-new");
        browser.awaitElement("journal-entry-form");
        browser.type("journal-entry-title", title);
        browser.typeArea("journal-entry-body", body);
        if (shared) {
            browser.clickFirst("#journal-entry-shared label");
        }
        browser.click("journal-entry-save");
        browser.awaitGone("journal-entry-form");
        browser.awaitText(title);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.US_ASCII);
    }
}
