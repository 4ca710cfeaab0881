package com.mentorplatform.ui.enrolments;

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
    final Grid<BulkPreview.Candidate> toAdd = new Grid<>(BulkPreview.Candidate.class, false);
    final VerticalLayout skipped = new VerticalLayout();
    final Div capacityWarning = new Div();

    BulkPreviewPanel() {
        setId("bulk-preview");
        setPadding(false);
        summary.setId("bulk-preview-summary");
        summary.addClassName("label");
        toAdd.setId("bulk-preview-people");
        toAdd.addThemeVariants(GridVariant.LUMO_COMPACT);
        toAdd.addColumn(BulkPreview.Candidate::displayName).setHeader("Would be added").setFlexGrow(2);
        toAdd.addColumn(BulkPreview.Candidate::department).setHeader("Department").setFlexGrow(1);
        toAdd.addColumn(BulkPreview.Candidate::location).setHeader("Location").setFlexGrow(1);
        toAdd.addColumn(BulkPreview.Candidate::level).setHeader("Level").setWidth("5rem").setFlexGrow(0)
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
        String who = EnrolmentLabels.role(preview.role()).toLowerCase(Locale.ROOT) + (preview.toAdd() == 1 ? "" : "s");
        summary.setText(preview.matched() + " match the filter: " + preview.toAdd() + " " + who + " would be added"
                + (preview.people().size() < preview.toAdd() ? " (the first " + preview.people().size() + " shown)" : ""));
        toAdd.setItems(preview.people());
        toAdd.setVisible(!preview.people().isEmpty());
        skipped.removeAll();
        preview.skipped().forEach(reason -> skipped.add(skippedLine(reason)));
        capacityWarning.setText(preview.fitsCapacity() ? "" : "Too many mentees: only " + preview.menteePlacesLeft()
                + " places are left in the cohort. Narrow the filter or raise the cohort's capacity.");
        capacityWarning.setVisible(!preview.fitsCapacity());
        setVisible(true);
    }

    private static Div skippedLine(BulkPreview.Skipped group) {
        String names = group.people().stream().limit(NAMES_SHOWN).map(BulkPreview.Candidate::displayName)
                .collect(Collectors.joining(", "));
        String more = group.count() > NAMES_SHOWN ? " and " + (group.count() - NAMES_SHOWN) + " more" : "";
        Span count = Badge.of(group.count() + " skipped", Badge.Tone.CONTRAST);
        Span why = new Span(" " + group.reason().explanation() + ": " + names + more);
        why.addClassName("small-text");
        Div line = new Div(count, why);
        line.addClassName("bulk-skipped-" + group.reason().name().toLowerCase(Locale.ROOT));
        return line;
    }

    void clear() {
        setVisible(false);
    }
}
