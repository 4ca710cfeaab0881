package com.mentorplatform.ui.promotioncase;

import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.promotioncase.PromotionCaseClient.Selection;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * The mentee's promotion case: choose reached milestones and evidence, read the case as it will be exported
 * (its Markdown, shown as plain text), and download it as PDF or Markdown.
 */
@Route(value = "me/promotion-case", layout = MainLayout.class)
@PageTitle("Promotion case | Mentoring Platform")
@RequiresRole(Role.MENTEE)
public class PromotionCaseView extends VerticalLayout {

    final Pre preview = new Pre();
    final Span chosen = new Span();
    final Anchor downloadPdf = new Anchor();
    final Anchor downloadMarkdown = new Anchor();
    CaseChoices choices;
    private final PromotionCaseClient client = new PromotionCaseClient(ConsoleSession.current().api());
    private String roadmapId;
    // Downloads are served outside the UI lock, so they read this snapshot rather than the checkboxes.
    private volatile Selection selection = Selection.NONE;

    public PromotionCaseView() {
        setId("promotion-case-view");
        setMaxWidth("72rem");
        add(intro());
        client.currentRoadmap().ifPresentOrElse(this::show, () -> add(hint(
                "You have no active roadmap yet. Start one under My roadmap, reach milestones and collect evidence; "
                        + "then choose from them here.")));
    }

    private void show(RoadmapResponse roadmap) {
        roadmapId = roadmap.getId().toString();
        choices = new CaseChoices(CaseMilestones.reached(roadmap), client.evidence(), this::chose);
        // Side by side on a wide screen, the preview under the choices on a narrow one.
        choices.addClassName("case-choices");
        VerticalLayout output = new VerticalLayout(configureDownloads(), configurePreview());
        output.setPadding(false);
        output.addClassName("case-output");
        HorizontalLayout columns = new HorizontalLayout(choices, output);
        columns.setWidthFull();
        columns.addClassName("case-columns");
        add(columns);
        chose(choices.selection());
    }

    private HorizontalLayout configureDownloads() {
        configureDownload(downloadPdf, "Download PDF", CaseFormat.PDF);
        configureDownload(downloadMarkdown, "Download Markdown", CaseFormat.MARKDOWN);
        downloadPdf.setId("download-pdf");
        downloadMarkdown.setId("download-markdown");
        chosen.setId("case-chosen");
        chosen.addClassName("note");
        HorizontalLayout bar = new HorizontalLayout(downloadPdf, downloadMarkdown, chosen);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassNames("wrap", "case-downloads");
        return bar;
    }

    private void configureDownload(Anchor anchor, String text, CaseFormat format) {
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + text));
        anchor.getElement().getThemeList().add("primary");
        anchor.addClassName("case-download");
        String id = roadmapId;
        anchor.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] file = client.export(id, selection, format);
            return new DownloadResponse(new ByteArrayInputStream(file), fileName(format), format.contentType(),
                    file.length);
        }), AttachmentType.DOWNLOAD);
    }

    private VerticalLayout configurePreview() {
        preview.setId("case-preview");
        preview.addClassName("case-preview");
        preview.setWidthFull();
        H3 title = new H3("Preview");
        title.addClassName("section-title");
        VerticalLayout box = new VerticalLayout(title, preview);
        box.setPadding(false);
        return box;
    }

    private void chose(Selection now) {
        selection = now;
        boolean any = !now.empty();
        downloadPdf.setEnabled(any);
        downloadMarkdown.setEnabled(any);
        chosen.setText(count(now.milestoneIds().size(), "milestone") + ", " + count(now.evidenceIds().size(),
                "piece of evidence", "pieces of evidence") + " chosen");
        // The preview is the Markdown export itself, shown as text: nothing typed can turn into markup here.
        preview.setText(any ? client.markdown(roadmapId, now)
                : "Choose at least one milestone or piece of evidence to see your case.");
    }

    static String fileName(CaseFormat format) {
        return "promotion-case-" + LocalDate.now() + "." + format.extension();
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Paragraph intro() {
        return new Paragraph("Choose the milestones you reached and the evidence that shows your readiness best. "
                + "The case also carries your vision and how your competencies grew since your roadmap started. "
                + "Your journal and private notes never go into it.");
    }

    private static Paragraph hint(String text) {
        Paragraph hint = Hint.note(text);
        hint.setId("no-case");
        return hint;
    }
}
