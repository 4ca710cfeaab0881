package com.mentorplatform.ui.promotioncase;

import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.ui.evidence.EvidenceLabels;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.promotioncase.PromotionCaseClient.Selection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;

/** The reached milestones and the evidence to put in the case, each with a checkbox, all chosen at first. */
final class CaseChoices extends VerticalLayout {

    final CheckboxGroup<MilestoneResponse> milestones = new CheckboxGroup<>();
    final CheckboxGroup<EvidenceResponse> evidence = new CheckboxGroup<>();
    private List<MilestoneResponse> milestoneOrder = List.of();
    private List<EvidenceResponse> evidenceOrder = List.of();

    CaseChoices(List<MilestoneResponse> reached, List<EvidenceResponse> collected, Consumer<Selection> onChange) {
        setPadding(false);
        configureMilestones(reached);
        configureEvidence(collected);
        milestones.addValueChangeListener(event -> onChange.accept(selection()));
        evidence.addValueChangeListener(event -> onChange.accept(selection()));
    }

    private void configureMilestones(List<MilestoneResponse> reached) {
        milestoneOrder = List.copyOf(reached);
        milestones.setId("case-milestones");
        milestones.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        milestones.setRenderer(new ComponentRenderer<>(m -> item(m.getTitle(), null, CaseMilestones.summary(m))));
        milestones.setItems(reached);
        milestones.setValue(java.util.Set.copyOf(reached));
        add(new H3("Milestones reached"), reached.isEmpty()
                ? Hint.note("No milestone of your roadmap is reached yet. Mark one reached on your roadmap to use it here.")
                : milestones);
    }

    private void configureEvidence(List<EvidenceResponse> collected) {
        evidenceOrder = List.copyOf(collected);
        evidence.setId("case-evidence");
        evidence.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        evidence.setRenderer(new ComponentRenderer<>(
                e -> item(e.getTitle(), EvidenceLabels.kind(e.getKind()), e.getImpact())));
        evidence.setItems(collected);
        evidence.setValue(java.util.Set.copyOf(collected));
        add(new H3("Evidence"), collected.isEmpty()
                ? Hint.note("You have no evidence yet. Add dashboards, case studies or outcomes to your evidence first.")
                : evidence);
    }

    /** What is chosen now, in the order the lists show. */
    Selection selection() {
        return new Selection(
                milestoneOrder.stream().filter(milestones.getValue()::contains)
                        .map(milestone -> milestone.getId().toString()).toList(),
                evidenceOrder.stream().filter(evidence.getValue()::contains)
                        .map(item -> item.getId().toString()).toList());
    }

    private static Component item(String title, String kind, String detail) {
        Span name = new Span(title);
        name.addClassName("label");
        Div head = new Div(name);
        if (kind != null) {
            Span badge = Badge.of(kind, Badge.Tone.CONTRAST);
            head.add(badge);
        }
        Span more = Hint.of(detail);
        more.addClassNames("block", "prose");
        Div item = new Div(head, more);
        item.addClassName("case-item");
        return item;
    }
}
