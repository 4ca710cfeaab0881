package com.mentorplatform.ui.workspace;

import com.mentorplatform.client.model.CompetencyRef;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A record's links as a row of badges: competencies, then milestones (by their titles where known). */
public final class LinkBadges extends Div {

    public LinkBadges(List<CompetencyRef> competencies, List<UUID> milestoneIds, Map<String, String> milestoneTitles) {
        addClassName("link-badges");
        addClassName("tags");
        competencies.forEach(competency -> add(Badge.of(competency.getName(), Badge.Tone.NEUTRAL)));
        milestoneIds.forEach(id -> add(milestone(milestoneTitles.getOrDefault(id.toString(), "A milestone"))));
        setVisible(!competencies.isEmpty() || !milestoneIds.isEmpty());
    }

    private static Span milestone(String title) {
        Span badge = Badge.of(title, Badge.Tone.CONTRAST, VaadinIcon.FLAG_O);
        badge.addClassName("milestone-badge");
        return badge;
    }
}
