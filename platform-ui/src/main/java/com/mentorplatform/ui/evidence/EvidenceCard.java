package com.mentorplatform.ui.evidence;

import com.mentorplatform.ui.shell.Badge;
import com.mentorplatform.ui.workspace.LinkBadges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
class EvidenceCard extends Div {

    private final Evidence evidence;

    EvidenceCard(Evidence evidence, EvidenceClient client, Map<String, String> milestoneTitles, Component actions) {
        this.evidence = evidence;
        addClassName("evidence-card");
        getElement().setAttribute("data-kind", evidence.kind().name());
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("background", "var(--lumo-base-color)");
        H3 title = new H3(evidence.title());
        title.addClassName("evidence-title");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Paragraph impact = new Paragraph(evidence.impact());
        impact.addClassName("evidence-impact");
        impact.getStyle().set("margin", "0").set("white-space", "pre-line");
        add(header(actions), title, impact);
        if (evidence.url() != null) {
            add(link(evidence.url()));
        }
        if (evidence.file() != null) {
            add(download(evidence, client));
        }
        add(new LinkBadges(evidence.competencies(), evidence.milestoneIds(), milestoneTitles));
    }

    Evidence evidence() {
        return evidence;
    }

    private HorizontalLayout header(Component actions) {
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(Badge.of(evidence.kind().label(), Badge.Tone.CONTRAST), spacer);
        if (actions != null) {
            header.add(actions);
        }
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    /** Opens the address in a new tab, without handing it this page. */
    private static Anchor link(String url) {
        Anchor anchor = new Anchor(url, url, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return withIcon(anchor, VaadinIcon.EXTERNAL_LINK, "evidence-link");
    }

    private static Anchor download(Evidence evidence, EvidenceClient client) {
        Evidence.EvidenceFile file = evidence.file();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] content = client.download(evidence.id());
            return new DownloadResponse(new ByteArrayInputStream(content), file.name(), file.contentType(), content.length);
        }), AttachmentType.DOWNLOAD, file.name() + " (" + file.size() + ")");
        return withIcon(anchor, VaadinIcon.PAPERCLIP, "evidence-file");
    }

    private static Anchor withIcon(Anchor anchor, VaadinIcon icon, String className) {
        Icon shown = icon.create();
        shown.setSize("var(--lumo-icon-size-s)");
        shown.getStyle().set("margin-right", "var(--lumo-space-xs)");
        anchor.addComponentAsFirst(shown);
        anchor.addClassName(className);
        anchor.getStyle().set("overflow-wrap", "anywhere").set("font-size", "var(--lumo-font-size-s)");
        return anchor;
    }

    /** Cards of evidence, each built by {@code card}, laid out in as many columns as fit. */
    static Div grid(List<Evidence> items, Function<Evidence, EvidenceCard> card) {
        Div grid = new Div();
        grid.addClassName("evidence-grid");
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(18rem, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        items.forEach(item -> grid.add(card.apply(item)));
        return grid;
    }
}
