package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.Vision;
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
    private RoadmapResponse roadmap;

    VisionCard(PageActions actions, Lookups lookups) {
        this.actions = actions;
        this.lookups = lookups;
        setId("vision-card");
        edit.setId("edit-vision");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(click -> openEditor());
    }

    void show(RoadmapResponse shown) {
        roadmap = shown;
        Vision vision = shown.getVision();
        removeAll();
        HorizontalLayout header = new HorizontalLayout(RoadmapStyle.heading("Vision"), edit);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        edit.setVisible(Roadmaps.menteeWrites(shown));
        Paragraph aspiration = new Paragraph(vision.getAspiration());
        aspiration.setId("vision-aspiration-text");
        aspiration.addClassNames("prose", "aspiration");
        Div card = RoadmapStyle.card(header, aspiration,
                RoadmapStyle.labelled("Why it matters", vision.getWhyItMatters()),
                RoadmapStyle.labelled("What success looks like", vision.getSuccessLooksLike()),
                Hint.of(horizon(vision)));
        card.setHeightFull();
        add(card);
    }

    /** "Horizon 18 months · aiming for Senior Engineer" or "Horizon 18 months · no target role yet". */
    static String horizon(Vision vision) {
        String role = vision.getTargetRoleName() == null ? "no target role yet"
                : "aiming for " + vision.getTargetRoleName();
        return "Horizon " + vision.getHorizonMonths() + " months · " + role;
    }

    private void openEditor() {
        actions.open(new VisionDialog(roadmap, lookups.roles()), (original, change) -> {
            actions.client.updateVision(original.getId(), change);
            return "Vision saved";
        });
    }
}
