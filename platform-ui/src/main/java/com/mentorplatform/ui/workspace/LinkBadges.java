package com.mentorplatform.ui.workspace;

import com.mentorplatform.ui.shell.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;

/** A record's links as a row of badges: competencies, then milestones (by their titles where known). */
public final class LinkBadges extends Div {

    public LinkBadges(List<Named> competencies, List<String> milestoneIds, Map<String, String> milestoneTitles) {
        addClassName("link-badges");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        competencies.forEach(competency -> add(Badge.of(competency.name(), Badge.Tone.NEUTRAL)));
        milestoneIds.forEach(id -> add(milestone(milestoneTitles.getOrDefault(id, "A milestone"))));
        setVisible(!competencies.isEmpty() || !milestoneIds.isEmpty());
    }

    private static Span milestone(String title) {
        Icon flag = VaadinIcon.FLAG_O.create();
        flag.setSize("var(--lumo-icon-size-s)");
        flag.getStyle().set("padding", "0 var(--lumo-space-xs) 0 0");
        Span badge = Badge.of("", Badge.Tone.CONTRAST);
        badge.add(flag, new Span(title));
        badge.addClassName("milestone-badge");
        return badge;
    }
}
