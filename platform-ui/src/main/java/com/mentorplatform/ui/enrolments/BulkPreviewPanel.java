package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.BulkPreview;
import com.mentorplatform.client.model.BulkPreviewCandidate;
import com.mentorplatform.client.model.BulkPreviewSkipped;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.stream.Collectors;

/** Shows a bulk preview: how many match, who would be added, who is skipped and why, and whether it fits. */
class BulkPreviewPanel extends VerticalLayout {

    private static final int NAMES_SHOWN = 5;

    final Span summary = new Span();
    final Grid<BulkPreviewCandidate> toAdd = new Grid<>(BulkPreviewCandidate.class, false);
    final VerticalLayout skipped = new VerticalLayout();
    final Div capacityWarning = new Div();

    BulkPreviewPanel() {
        setId("bulk-preview");
        setPadding(false);
        summary.setId("bulk-preview-summary");
        summary.addClassName("label");
        toAdd.setId("bulk-preview-people");
        toAdd.addThemeVariants(GridVariant.LUMO_COMPACT);
        toAdd.addColumn(BulkPreviewCandidate::getDisplayName).setHeader("Would be added").setFlexGrow(2);
        toAdd.addColumn(BulkPreviewCandidate::getDepartment).setHeader("Department").setFlexGrow(1);
        toAdd.addColumn(BulkPreviewCandidate::getLocation).setHeader("Location").setFlexGrow(1);
        toAdd.addColumn(BulkPreviewCandidate::getLevel).setHeader("Level").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        toAdd.setHeight("12rem");
        skipped.setId("bulk-preview-skipped");
        skipped.setPadding(false);
        skipped.setSpacing(false);
        capacityWarning.setId("bulk-preview-capacity");
        capacityWarning.addClassName("error-text");
        add(summary, capacityWarning, toAdd, skipped);
        setVisible(false);
    }

    void show(BulkPreview preview) {
        String who = EnrolmentLabels.role(preview.getRole()).toLowerCase(Locale.ROOT)
                + (preview.getToAdd() == 1 ? "" : "s");
        summary.setText(preview.getMatched() + " match the filter: " + preview.getToAdd() + " " + who + " would be added"
                + (preview.getPeople().size() < preview.getToAdd()
                        ? " (the first " + preview.getPeople().size() + " shown)" : ""));
        toAdd.setItems(preview.getPeople());
        toAdd.setVisible(!preview.getPeople().isEmpty());
        skipped.removeAll();
        preview.getSkipped().forEach(reason -> skipped.add(skippedLine(reason)));
        boolean fits = Boolean.TRUE.equals(preview.getFitsCapacity());
        capacityWarning.setText(fits ? "" : "Too many mentees: only " + preview.getMenteePlacesLeft()
                + " places are left in the cohort. Narrow the filter or raise the cohort's capacity.");
        capacityWarning.setVisible(!fits);
        setVisible(true);
    }

    private static Div skippedLine(BulkPreviewSkipped group) {
        String names = group.getPeople().stream().limit(NAMES_SHOWN).map(BulkPreviewCandidate::getDisplayName)
                .collect(Collectors.joining(", "));
        String more = group.getCount() > NAMES_SHOWN ? " and " + (group.getCount() - NAMES_SHOWN) + " more" : "";
        Span count = Badge.of(group.getCount() + " skipped", Badge.Tone.CONTRAST);
        Span why = new Span(" " + EnrolmentLabels.skipped(group.getReason()) + ": " + names + more);
        why.addClassName("small-text");
        Div line = new Div(count, why);
        line.addClassName("bulk-skipped-" + group.getReason().name().toLowerCase(Locale.ROOT));
        return line;
    }

    void clear() {
        setVisible(false);
    }
}
