package com.mentorplatform.ui.evidence;

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

    private final Evidence evidence;

    EvidenceCard(Evidence evidence, EvidenceClient client, Map<String, String> milestoneTitles, Component actions) {
        this.evidence = evidence;
        addClassNames("evidence-card", "stack");
        getElement().setAttribute("data-kind", evidence.kind().name());
        H3 title = new H3(evidence.title());
        title.addClassName("evidence-title");
        title.addClassName("card-title");
        Paragraph impact = new Paragraph(evidence.impact());
        impact.addClassName("evidence-impact");
        impact.addClassName("prose");
        add(header(actions), title, impact);
        if (evidence.url() != null) {
            add(link(evidence.url()));
        }
        if (evidence.file() != null) {
            add(download(evidence, client));
        }
        add(new LinkBadges(evidence.competencies(), evidence.milestoneIds(), milestoneTitles), added());
    }

    private Span added() {
        Span added = Hint.of("Added " + Dates.day(evidence.createdAt()));
        added.addClassName("evidence-added");
        return added;
    }

    Evidence evidence() {
        return evidence;
    }

    private HorizontalLayout header(Component actions) {
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(
                Badge.of(EvidenceLabels.kind(evidence.kind()), Badge.Tone.CONTRAST), spacer);
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

    private static Anchor download(Evidence evidence, EvidenceClient client) {
        Evidence.EvidenceFile file = evidence.file();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] content = client.download(evidence.id());
            return new DownloadResponse(new ByteArrayInputStream(content), file.name(), file.contentType(), content.length);
        }), AttachmentType.DOWNLOAD, "");
        return withIcon(anchor, VaadinIcon.PAPERCLIP, "evidence-file", file.name() + " (" + file.size() + ")");
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
    static Div grid(List<Evidence> items, Function<Evidence, EvidenceCard> card) {
        Div grid = new Div();
        grid.addClassName("evidence-grid");
        items.forEach(item -> grid.add(card.apply(item)));
        return grid;
    }
}
