package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapResponse;
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
        text.setId("roadmap-warnings-text");
        add(icon, text);
        addClassName("banner");
        addClassName("warning");
    }

    void show(RoadmapResponse roadmap) {
        List<String> warnings = new ArrayList<>(roadmap.getWarnings());
        boolean overcommitted = Boolean.TRUE.equals(roadmap.getOvercommitted());
        if (overcommitted && warnings.isEmpty()) {
            warnings.add(roadmap.getActiveExperiments() + " experiments are running; the limit is "
                    + roadmap.getExperimentLimit() + ".");
        }
        if (overcommitted) {
            warnings.add("The plan is overcommitted: close or pause an experiment before starting another.");
        }
        text.setText(String.join(" ", warnings.stream().map(w -> w.endsWith(".") ? w : w + ".").toList()));
        setVisible(!warnings.isEmpty());
    }

    String text() {
        return text.getText();
    }
}
