package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.AttentionReasonKind;
import com.mentorplatform.client.model.PairOverview;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.pairs.PairLabels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;

/**
 * One mentee on the mentor's "My mentees": who, why they need attention, how far the roadmap got, when the
 * pair last met, and the ways into their workspace. A former mentee's card offers the workspace read-only.
 */
class MenteeCard extends Card {

    final Button roadmap = new Button("Roadmap", VaadinIcon.ROAD.create());
    final Button checkIns = new Button("Check-ins", VaadinIcon.CALENDAR_USER.create());
    final Button journal = new Button("Journal & evidence", VaadinIcon.NOTEBOOK.create());
    final Button flag = new Button("Flag for sponsorship", VaadinIcon.FLAG.create());

    MenteeCard(PairOverview pair, Consumer<PairOverview> onFlag) {
        addClassName("mentee-card");
        getElement().setAttribute("data-pair", pair.getPairId().toString());
        getElement().setAttribute("data-attention", String.valueOf(PairOverviews.needsAttention(pair)));
        getElement().setAttribute("data-flagged", String.valueOf(!pair.getSponsorshipFlags().isEmpty()));
        addClassName("stack");
        if (pair.getReadOnly()) {
            mute();
        }
        if (PairOverviews.needsAttention(pair)) {
            // The edge takes the colour of the most pressing reason, as the badges do.
            boolean overdue = pair.getAttention().stream()
                    .anyMatch(reason -> reason.getKind() == AttentionReasonKind.CHECK_IN_OVERDUE);
            addClassName(overdue ? "edge-error" : "edge-warning");
        }
        add(header(pair), PairSignals.attentionBadges(pair), PairSignals.flagBadges(pair), toEndorse(pair),
                progress(pair), actions(pair, onFlag));
    }

    private static HorizontalLayout header(PairOverview pair) {
        H3 name = new H3(pair.getMenteeName());
        name.addClassName("mentee-name");
        name.addClassName("card-title");
        VerticalLayout who = new VerticalLayout(name, Hint.of(pair.getCohortName()));
        who.setPadding(false);
        who.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(new Avatar(pair.getMenteeName()), who,
                PairLabels.badge(pair.getStatus()));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        return header;
    }

    /** What waits on the mentor: "2 milestones to endorse", or nothing. */
    private static Div toEndorse(PairOverview pair) {
        Div row = new Div();
        int waiting = pair.getRoadmap().getMilestonesAwaitingEndorsement();
        if (waiting > 0 && !pair.getReadOnly()) {
            Span badge = Badge.of(waiting + (waiting == 1 ? " milestone" : " milestones") + " to endorse",
                    Badge.Tone.NEUTRAL);
            badge.addClassName("to-endorse");
            row.add(badge);
        }
        row.setVisible(row.getComponentCount() > 0);
        return row;
    }

    private static Div progress(PairOverview pair) {
        Span milestones = new Span(PairSignals.milestones(pair.getRoadmap()));
        milestones.addClassName("milestones-text");
        Div progress = new Div(milestones);
        if (pair.getRoadmap().getRoadmapId() != null) {
            progress.add(PairSignals.milestoneBar(pair.getRoadmap()),
                    Hint.of(PairSignals.experiments(pair.getRoadmap())));
        }
        Span last = new Span(PairSignals.lastCheckIn(pair.getCheckIns()));
        last.addClassName("last-check-in");
        Div meetings = new Div(last);
        meetings.add(new Div(Hint.of(PairSignals.cadence(pair.getCheckIns()))));
        Div both = new Div(progress, meetings);
        both.addClassName("mentee-signals");
        return both;
    }

    private HorizontalLayout actions(PairOverview pair, Consumer<PairOverview> onFlag) {
        roadmap.addClickListener(click -> UI.getCurrent().navigate(roadmapRoute(pair)));
        checkIns.addClickListener(click -> UI.getCurrent().navigate(checkInsRoute(pair)));
        journal.addClickListener(click -> UI.getCurrent().navigate(journalRoute(pair)));
        flag.addClickListener(click -> onFlag.accept(pair));
        flag.addClassName("flag-button");
        flag.setVisible(!pair.getReadOnly());
        HorizontalLayout actions = new HorizontalLayout(roadmap, checkIns, journal, flag);
        actions.getChildren().map(Button.class::cast)
                .forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        actions.setSpacing(false);
        actions.addClassNames("wrap", "card-actions");
        return actions;
    }

    /** The workspace screens are the roadmap and journal features' own, reached by their route. */
    static String roadmapRoute(PairOverview pair) {
        return "mentees/" + pair.getMenteeId() + "/roadmap";
    }

    static String checkInsRoute(PairOverview pair) {
        return "pairs/" + pair.getPairId() + "/check-ins";
    }

    static String journalRoute(PairOverview pair) {
        return "mentees/" + pair.getMenteeId() + "/journal";
    }

}
