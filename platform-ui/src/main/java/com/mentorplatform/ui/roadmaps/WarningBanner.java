package com.mentorplatform.ui.roadmaps;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/** The API's warnings about the plan (over the limit of experiments running at once, say), above every tab. */
class WarningBanner extends Div {

    private final Span text = new Span();

    WarningBanner() {
        setId("roadmap-warnings");
        getElement().setAttribute("role", "alert");
        Icon icon = VaadinIcon.WARNING.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("flex", "none").set("color", "#b45309");
        text.setId("roadmap-warnings-text");
        add(icon, text);
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("background", "#fff4e5").set("color", "#7c2d12").set("border-left", "4px solid #d97706")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("width", "100%");
    }

    void show(Roadmap roadmap) {
        List<String> warnings = new ArrayList<>(roadmap.warnings());
        if (roadmap.overcommitted() && warnings.isEmpty()) {
            warnings.add(roadmap.activeExperiments() + " experiments are running; the limit is "
                    + roadmap.experimentLimit() + ".");
        }
        if (roadmap.overcommitted()) {
            warnings.add("The plan is overcommitted: close or pause an experiment before starting another.");
        }
        text.setText(String.join(" ", warnings.stream().map(w -> w.endsWith(".") ? w : w + ".").toList()));
        setVisible(!warnings.isEmpty());
    }

    String text() {
        return text.getText();
    }
}
