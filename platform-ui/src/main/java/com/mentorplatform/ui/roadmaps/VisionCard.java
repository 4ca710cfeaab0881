package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The vision at a glance: the aspiration, why it matters, what success looks like, horizon and target role. */
class VisionCard extends Div {

    final Button edit = new Button("Edit vision", VaadinIcon.EDIT.create());
    private final PageActions actions;
    private final Lookups lookups;
    private Roadmap roadmap;

    VisionCard(PageActions actions, Lookups lookups) {
        this.actions = actions;
        this.lookups = lookups;
        setId("vision-card");
        edit.setId("edit-vision");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(click -> openEditor());
    }

    void show(Roadmap shown) {
        roadmap = shown;
        Roadmap.Vision vision = shown.vision();
        removeAll();
        HorizontalLayout header = new HorizontalLayout(RoadmapStyle.heading("Vision"), edit);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        edit.setVisible(shown.menteeWrites());
        Paragraph aspiration = new Paragraph(vision.aspiration());
        aspiration.setId("vision-aspiration-text");
        aspiration.addClassNames("prose", "aspiration");
        Div card = RoadmapStyle.card(header, aspiration,
                RoadmapStyle.labelled("Why it matters", vision.whyItMatters()),
                RoadmapStyle.labelled("What success looks like", vision.successLooksLike()),
                Hint.of(horizon(vision)));
        card.setHeightFull();
        add(card);
    }

    /** "Horizon 18 months · aiming for Senior Engineer" or "Horizon 18 months · no target role yet". */
    static String horizon(Roadmap.Vision vision) {
        String role = vision.targetRoleName() == null ? "no target role yet" : "aiming for " + vision.targetRoleName();
        return "Horizon " + vision.horizonMonths() + " months · " + role;
    }

    private void openEditor() {
        actions.open(new VisionDialog(roadmap, lookups.roles()), (original, change) -> {
            actions.client.updateVision(original.id(), change);
            return "Vision saved";
        });
    }
}
