package com.mentorplatform.ui.evidence;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mentorplatform.client.model.EvidenceKind;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class EvidenceViewTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WINDOWS_PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF};
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_program_renamed_pdf_is_refused_with_what_it_looks_like_and_no_evidence_is_left_behind() {
        EvidenceView view = open();
        openFileDialog(view);
        fill(view, "Disguised " + tag);

        _upload(view.form.upload, "report.pdf", WINDOWS_PROGRAM);
        _click(view.form.save);

        assertThat(view.form.fileError.isVisible()).isTrue();
        assertThat(view.form.fileError.getText()).isEqualTo("The file looks like a Windows program, not a PDF document");
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(titles()).doesNotContain("Disguised " + tag);
        assertThat(new EvidenceClient(ConsoleSession.current().api()).of(null))
                .noneMatch(evidence -> evidence.getTitle().equals("Disguised " + tag));
    }

    @Test
    void a_pdf_is_uploaded_and_its_card_offers_the_file() {
        EvidenceView view = open();
        openFileDialog(view);
        fill(view, "Outcome " + tag);

        _upload(view.form.upload, "outcome-" + tag + ".pdf", PDF);
        _click(view.form.save);

        assertThat(view.editor.isOpened()).isFalse();
        EvidenceCard card = cardTitled("Outcome " + tag);
        assertThat(_get(card, Anchor.class, spec -> spec.withClasses("evidence-file")).getElement().getTextRecursively())
                .isEqualTo("outcome-" + tag + ".pdf (15 bytes)");
    }

    @Test
    void a_file_evidence_without_its_file_and_a_link_without_http_are_shown_on_their_fields() {
        EvidenceView view = open();
        _click(view.addFile);
        fill(view, "No file " + tag);
        _click(view.form.save);
        assertThat(view.form.fileError.getText()).isEqualTo("The file is missing: choose the file to upload");

        _click(view.form.cancel);
        _click(view.addLink);
        fill(view, "Bad link " + tag);
        _setValue(view.form.url, "ftp://files.example.com/report");
        _click(view.form.save);

        assertThat(view.form.url.isInvalid()).isTrue();
        assertThat(view.form.url.getErrorMessage()).contains("http");
        assertThat(titles()).doesNotContain("No file " + tag, "Bad link " + tag);
    }

    @Test
    void a_link_is_added_as_a_card_that_opens_it_in_a_new_tab() {
        EvidenceView view = open();
        _click(view.addLink);
        fill(view, "Dashboard " + tag);
        _setValue(view.form.kind, EvidenceKind.DASHBOARD);
        _setValue(view.form.url, "https://dashboards.example.com/" + tag);
        _click(view.form.save);

        Anchor link = _get(cardTitled("Dashboard " + tag), Anchor.class, spec -> spec.withClasses("evidence-link"));
        assertThat(link.getHref()).isEqualTo("https://dashboards.example.com/" + tag);
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    private static EvidenceView open() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        UI.getCurrent().navigate("me/evidence");
        return _get(EvidenceView.class);
    }

    /** Opens the upload dialog; a dialog joins the UI (and its upload can take files) on the next round trip. */
    private static void openFileDialog(EvidenceView view) {
        _click(view.addFile);
        MockVaadin.clientRoundtrip();
    }

    private static void fill(EvidenceView view, String title) {
        _setValue(view.form.title, title);
        _setValue(view.form.impact, "Saved the team a day a week");
    }

    private static List<String> titles() {
        return _find(EvidenceCard.class).stream().map(card -> card.evidence().getTitle()).toList();
    }

    private static EvidenceCard cardTitled(String title) {
        return _find(EvidenceCard.class).stream().filter(card -> card.evidence().getTitle().equals(title)).findFirst()
                .orElseThrow();
    }
}
