package com.mentorplatform.ui.pairs;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.SponsorshipFlag;
import com.mentorplatform.ui.checkins.CheckInsView;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.roadmaps.MenteeRoadmapView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** One pair seen by one of its two people: the other person, the cohort, the status and why they were matched. */
class PairCard extends Card {

    PairCard(PairResponse pair, String viewerId, List<SponsorshipFlag> flags) {
        addClassName("pair-card");
        getElement().setAttribute("data-status", pair.getStatus().name());
        getElement().setAttribute("data-partner",
                MyPairs.isMentor(pair, viewerId) ? pair.getMenteeName() : pair.getMentorName());
        if (!MyPairs.isCurrent(pair)) {
            mute();
        }
        setWidthFull();
        add(header(pair, viewerId), details(pair), reasons(pair));
        flags.forEach(flag -> add(flagNote(flag)));
        if (pair.getStatus() != PairStatus.PROPOSED) {
            add(workspaceLinks(pair, viewerId));
        }
    }

    /** The pair's shared work: check-ins for both, the mentee's shared journal and evidence for the mentor. */
    private static HorizontalLayout workspaceLinks(PairResponse pair, String viewerId) {
        HorizontalLayout links = new HorizontalLayout(checkIns(pair));
        if (MyPairs.isMentor(pair, viewerId)) {
            links.add(journalButton(pair));
        }
        links.addClassName("card-actions");
        return links;
    }

    /** To the pair's check-ins: to log and schedule them while it runs, as history after it ended. */
    private static Button checkIns(PairResponse pair) {
        Button button = new Button(MyPairs.isCurrent(pair) ? "Check-ins" : "Check-in history",
                VaadinIcon.COMMENTS_O.create(),
                click -> UI.getCurrent().navigate(CheckInsView.class, CheckInsView.of(pair.getId().toString())));
        button.addClassName("pair-check-ins");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** The mentee's shared journal and evidence, read-only (a former pair's too, as history). */
    private static Button journalButton(PairResponse pair) {
        Button open = new Button("Journal & evidence", VaadinIcon.NOTEBOOK.create(),
                click -> UI.getCurrent().navigate("mentees/" + pair.getMenteeId() + "/journal"));
        open.addClassName("pair-journal");
        open.getElement().setAttribute("aria-label", "Journal and evidence of " + pair.getMenteeName());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    private static HorizontalLayout header(PairResponse pair, String viewerId) {
        boolean viewerMentors = MyPairs.isMentor(pair, viewerId);
        String other = viewerMentors ? pair.getMenteeName() : pair.getMentorName();
        H3 name = new H3(other);
        name.addClassName("pair-partner");
        name.addClassName("card-title");
        Span role = Hint.of(viewerMentors ? "Your mentee" : "Your mentor");
        VerticalLayout who = new VerticalLayout(name, role);
        who.setPadding(false);
        who.setSpacing(false);
        Span badge = PairLabels.badge(pair.getStatus());
        badge.addClassName("pair-status");
        HorizontalLayout header = new HorizontalLayout(new Avatar(other), who, badge);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        if (viewerMentors && pair.getStatus() != PairStatus.PROPOSED) {
            header.add(roadmapButton(pair));
        }
        return header;
    }

    /** Opens the mentee's roadmap: to work on while the pair runs, to read once it has ended. */
    private static Button roadmapButton(PairResponse pair) {
        Button roadmap = new Button("Roadmap", VaadinIcon.ROAD.create(), click -> UI.getCurrent()
                .navigate(MenteeRoadmapView.class, MenteeRoadmapView.parameters(pair.getMenteeId().toString())));
        roadmap.addClassName("pair-roadmap");
        roadmap.addThemeVariants(ButtonVariant.LUMO_SMALL);
        roadmap.setAriaLabel("Roadmap of " + pair.getMenteeName());
        return roadmap;
    }

    private static Div details(PairResponse pair) {
        Div details = new Div(Hint.of(pair.getCohortName() + " · " + since(pair)));
        details.addClassName("pair-since");
        if (!PairLabels.statusNote(pair).isEmpty()) {
            Div note = new Div(new Span(PairLabels.statusNote(pair)));
            note.addClassName("pair-status-note");
            details.add(note);
        }
        return details;
    }

    /** "Kemi Osei flagged you as ready for sponsorship" with the note the mentor wrote for HR. */
    private static Div flagNote(SponsorshipFlag flag) {
        Span headline = new Span(PairLabels.flagHeadline(flag) + " on " + Dates.day(flag.getCreatedAt()));
        headline.addClassName("label");
        Paragraph note = new Paragraph("“" + flag.getNote() + "”");
        note.addClassName("quote");
        Div box = new Div(headline, note);
        box.addClassName("pair-flag");
        return box;
    }

    private static Div reasons(PairResponse pair) {
        H4 title = new H4("Why you were matched");
        title.addClassName("pair-reasons-title");
        UnorderedList list = new UnorderedList();
        list.addClassName("pair-reasons");
        pair.getReasons().forEach(reason -> list.add(new ListItem(sentence(reason))));
        if (pair.getReasons().isEmpty()) {
            list.add(new ListItem("Your programme manager paired you by hand."));
        }
        Div reasons = new Div(title, list);
        if (!PairLabels.scorePercent(pair).isEmpty()) {
            Span score = Hint.of("Match score " + PairLabels.scorePercent(pair));
            score.addClassName("pair-score");
            reasons.add(score);
        }
        return reasons;
    }

    /** "Active since 3 Mar 2027", "Ended early on ...": the date of the pair's last status change. */
    static String since(PairResponse pair) {
        boolean proposed = pair.getStatus() == PairStatus.PROPOSED;
        return PairLabels.since(pair.getStatus(), Dates.day(proposed ? pair.getCreatedAt() : pair.getUpdatedAt()));
    }

    /** The API's reasons are phrases ("covers 2 of 4 ..."); a list reads better with each as a sentence start. */
    private static String sentence(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }
}
