package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapResponsePace;
import com.mentorplatform.client.model.WorkspaceAccessRelation;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.OffsetDateTime;

/**
 * Sustainable pace: what "enough progress" means, how much of it the last period saw and whether that is
 * enough, who agreed, and for mentee and mentor the buttons to change it and to agree.
 */
class PaceCard extends Div {

    final Button change = new Button("Change pace", VaadinIcon.EDIT.create());
    final Button agree = new Button("Agree", VaadinIcon.HANDSHAKE.create());
    private final PageActions actions;
    private RoadmapResponse roadmap;

    PaceCard(PageActions actions) {
        this.actions = actions;
        setId("pace-card");
        change.setId("change-pace");
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.addClickListener(click -> actions.open(new PaceDialog(roadmap), (original, pace) -> {
            actions.client.setPace(original.getId(), pace);
            return "Pace saved; both of you agree again";
        }));
        agree.setId("agree-pace");
        agree.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        agree.addClickListener(click -> actions.run(() -> {
            actions.client.agreePace(roadmap.getId());
            return "You agreed to the pace";
        }));
    }

    void show(RoadmapResponse shown) {
        roadmap = shown;
        RoadmapResponsePace pace = shown.getPace();
        removeAll();
        change.setText(pace == null ? "Set the pace" : "Change pace");
        change.setVisible(Roadmaps.collaborates(shown));
        agree.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(RoadmapStyle.heading("Pace"), change);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Div card = pace == null ? RoadmapStyle.card(header, RoadmapStyle.emptyState(
                "No pace yet: agree what \"enough progress\" means for a month, so a busy one does not feel like failure."))
                : RoadmapStyle.card(header, body(pace));
        card.setHeightFull();
        add(card);
    }

    private Div body(RoadmapResponsePace pace) {
        Paragraph statement = new Paragraph(pace.getStatement() == null ? "" : pace.getStatement());
        statement.addClassName("quote");
        Span rule = Hint.of("At least " + RoadmapLabels.counted(pace.getMeasure(), pace.getMinimum()) + " "
                + Dates.everyDays(pace.getPeriodDays()));
        Span achieved = new Span(pace.getAchieved() + " of " + pace.getMinimum() + " in the last " + pace.getPeriodDays()
                + " days");
        achieved.setId("pace-achieved");
        Span met = Boolean.TRUE.equals(pace.getMet()) ? Badge.of("Enough progress", Badge.Tone.SUCCESS)
                : Badge.of("Not yet", Badge.Tone.CONTRAST);
        met.setId("pace-met");
        HorizontalLayout progress = new HorizontalLayout(achieved, met);
        progress.setAlignItems(FlexComponent.Alignment.BASELINE);
        agree.setVisible(Roadmaps.collaborates(roadmap) && !agreedByReader(pace));
        HorizontalLayout agreement = new HorizontalLayout(
                agreement("Mentee", pace.getAgreedByMenteeAt()), agreement("Mentor", pace.getAgreedByMentorAt()),
                agree);
        agreement.setAlignItems(FlexComponent.Alignment.CENTER);
        agreement.addClassNames("wrap", "card-actions");
        return new Div(statement, rule, progress, agreement);
    }

    private boolean agreedByReader(RoadmapResponsePace pace) {
        return (roadmap.getAccess() == WorkspaceAccessRelation.SELF ? pace.getAgreedByMenteeAt()
                : pace.getAgreedByMentorAt()) != null;
    }

    private static Span agreement(String who, OffsetDateTime at) {
        return at == null ? Badge.of(who + ": not agreed yet", Badge.Tone.NEUTRAL)
                : Badge.of(who + " agreed " + Dates.day(at), Badge.Tone.SUCCESS);
    }
}
