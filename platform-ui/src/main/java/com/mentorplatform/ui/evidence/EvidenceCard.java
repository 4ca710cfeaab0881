package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.client.model.EvidenceResponseFile;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.workspace.LinkBadges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One piece of evidence as a card: its kind, title, the impact it shows, its link or file, and its links. */
class EvidenceCard extends Card {

    private final EvidenceResponse evidence;

    EvidenceCard(EvidenceResponse evidence, EvidenceClient client, Map<String, String> milestoneTitles,
            Component actions) {
        this.evidence = evidence;
        addClassNames("evidence-card", "stack");
        getElement().setAttribute("data-kind", evidence.getKind().name());
        H3 title = new H3(evidence.getTitle());
        title.addClassName("evidence-title");
        title.addClassName("card-title");
        Paragraph impact = new Paragraph(evidence.getImpact());
        impact.addClassName("evidence-impact");
        impact.addClassName("prose");
        add(header(actions), title, impact);
        if (evidence.getUrl() != null) {
            add(link(evidence.getUrl()));
        }
        if (evidence.getFile() != null) {
            add(download(evidence, client));
        }
        add(new LinkBadges(evidence.getCompetencies(), evidence.getMilestoneIds(), milestoneTitles), added());
    }

    private Span added() {
        Span added = Hint.of("Added " + Dates.day(evidence.getCreatedAt()));
        added.addClassName("evidence-added");
        return added;
    }

    EvidenceResponse evidence() {
        return evidence;
    }

    private HorizontalLayout header(Component actions) {
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(
                Badge.of(EvidenceLabels.kind(evidence.getKind()), Badge.Tone.CONTRAST), spacer);
        if (actions != null) {
            header.add(actions);
        }
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    /** Opens the address in a new tab, without handing it this page; shown without its scheme, cut to one line. */
    private static Anchor link(String url) {
        Anchor anchor = new Anchor(url, "", AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.getElement().setAttribute("title", url);
        return withIcon(anchor, VaadinIcon.EXTERNAL_LINK, "evidence-link", url.replaceFirst("^https?://", ""));
    }

    private static Anchor download(EvidenceResponse evidence, EvidenceClient client) {
        EvidenceResponseFile file = evidence.getFile();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] content = client.download(evidence.getId());
            return new DownloadResponse(new ByteArrayInputStream(content), file.getName(), file.getContentType(),
                    content.length);
        }), AttachmentType.DOWNLOAD, "");
        String shown = file.getName() + " (" + EvidenceLabels.fileSize(file) + ")";
        return withIcon(anchor, VaadinIcon.PAPERCLIP, "evidence-file", shown);
    }

    private static Anchor withIcon(Anchor anchor, VaadinIcon icon, String className, String text) {
        Icon shown = icon.create();
        shown.setSize("var(--lumo-icon-size-s)");
        anchor.add(shown, new Span(text));
        anchor.addClassName(className);
        anchor.addClassName("evidence-anchor");
        return anchor;
    }

    /** Cards of evidence, each built by {@code card}, laid out in as many columns as fit. */
    static Div grid(List<EvidenceResponse> items, Function<EvidenceResponse, EvidenceCard> card) {
        Div grid = new Div();
        grid.addClassName("evidence-grid");
        items.forEach(item -> grid.add(card.apply(item)));
        return grid;
    }
}
