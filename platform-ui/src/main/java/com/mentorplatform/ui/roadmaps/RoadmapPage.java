package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.client.model.WorkspaceAccessRelation;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One roadmap with everything in it, the same page for the mentee and for their mentor, HR and former mentors:
 * a header (whose roadmap, its progress, a picker of earlier roadmaps), the API's warnings, and tabs for vision
 * and gaps, milestones, experiments, and reviews with the timeline. What the reader may do follows the API's
 * {@code access}; every change reloads the page from the API.
 */
class RoadmapPage extends VerticalLayout {

    final H3 title = new H3();
    final Span progress = new Span();
    final Span status = new Span();
    final Select<RoadmapSummary> picker = new Select<>();
    final HorizontalLayout extraActions = new HorizontalLayout();
    final Div notice = new Div();
    final WarningBanner warnings = new WarningBanner();
    final TabSheet tabs = new TabSheet();
    final VisionCard vision;
    final PaceCard pace;
    final GapsPanel gaps;
    final MilestoneBoard milestones;
    final ExperimentsPanel experiments;
    final ReviewsPanel reviews;
    final TimelinePanel timeline;
    final Tab milestonesTab;
    final Tab experimentsTab;
    private final RoadmapClient client;
    private RoadmapResponse roadmap;

    RoadmapPage(ApiClient api) {
        client = new RoadmapClient(api);
        PageActions actions = new PageActions(client, this::reload);
        Lookups lookups = new Lookups(api, client);
        vision = new VisionCard(actions, lookups);
        pace = new PaceCard(actions);
        milestones = new MilestoneBoard(actions, lookups);
        gaps = new GapsPanel(actions, competencyId -> milestones.openEditor(null, Set.of(competencyId)));
        experiments = new ExperimentsPanel(actions);
        reviews = new ReviewsPanel(actions);
        timeline = new TimelinePanel(client);
        setId("roadmap-page");
        setPadding(false);
        configureNotice();
        tabs.setId("roadmap-tabs");
        tabs.setWidthFull();
        tabs.add("Vision & gaps", overview()).setId("tab-overview");
        milestonesTab = tabs.add("Milestones", milestones);
        milestonesTab.setId("tab-milestones");
        experimentsTab = tabs.add("Experiments", experiments);
        experimentsTab.setId("tab-experiments");
        tabs.add("Reviews & timeline", history()).setId("tab-history");
        add(header(), notice, warnings, tabs);
    }

    private Component header() {
        title.setId("roadmap-title");
        title.addClassName("flush");
        progress.setId("roadmap-progress");
        progress.addClassName("note");
        status.setId("roadmap-status");
        picker.setId("roadmap-picker");
        picker.setItemLabelGenerator(RoadmapLabels::summary);
        picker.setAriaLabel("Roadmap");
        picker.setWidth("22rem");
        picker.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                open(change.getValue().getId());
            }
        });
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout left = new VerticalLayout(heading, progress);
        left.setPadding(false);
        left.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(left, picker, extraActions);
        header.addClassName("roadmap-header");
        header.setWidthFull();
        header.expand(left);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    private void configureNotice() {
        notice.setId("roadmap-notice");
        notice.addClassName("banner");
    }

    private Component overview() {
        Div top = new Div(vision, pace);
        top.addClassName("roadmap-overview");
        VerticalLayout overview = new VerticalLayout(top, gaps);
        overview.setPadding(false);
        gaps.setWidthFull();
        return overview;
    }

    private Component history() {
        Div both = new Div(reviews, timeline);
        both.addClassName("roadmap-history");
        return both;
    }

    /** Shows the roadmap of id {@code shownId}; {@code all} (the mentee's roadmaps) fills the picker. */
    void show(List<RoadmapSummary> all, UUID shownId) {
        picker.setItems(all);
        picker.setValue(all.stream().filter(summary -> summary.getId().equals(shownId)).findFirst().orElse(null));
        picker.setVisible(all.size() > 1);
        open(shownId);
    }

    private void open(UUID id) {
        roadmap = client.roadmap(id);
        render();
    }

    /** Reads the roadmap again after a change and shows it everywhere. */
    void reload() {
        open(roadmap.getId());
    }

    RoadmapResponse roadmap() {
        return roadmap;
    }

    private void render() {
        title.setText(roadmap.getAccess() == WorkspaceAccessRelation.SELF ? "Your roadmap · " + roadmap.getCohortName()
                : roadmap.getMenteeName() + " · " + roadmap.getCohortName());
        status.removeAll();
        status.add(RoadmapLabels.badge(roadmap.getStatus()));
        progress.setText(Roadmaps.milestonesReached(roadmap) + " of " + roadmap.getMilestones().size()
                + " milestones reached · " + roadmap.getActiveExperiments() + " experiments running · started "
                + Dates.day(roadmap.getCreatedAt()));
        notice.setText(noticeText());
        notice.setVisible(!notice.getText().isEmpty());
        warnings.show(roadmap);
        milestonesTab.setLabel("Milestones (" + roadmap.getMilestones().size() + ")");
        experimentsTab.setLabel("Experiments (" + roadmap.getExperiments().size() + ")");
        vision.show(roadmap);
        pace.show(roadmap);
        gaps.show(roadmap);
        milestones.show(roadmap);
        experiments.show(roadmap);
        reviews.show(roadmap);
        timeline.show(roadmap);
    }

    private String noticeText() {
        String name = roadmap.getMenteeName();
        if (!Roadmaps.isActive(roadmap)) {
            return "This roadmap is archived: it is kept as it was when a newer one started, and can no longer change.";
        }
        return switch (roadmap.getAccess()) {
            case SELF -> "";
            case MENTOR -> "You mentor " + name + ": endorse reached milestones or send them back, rate competencies, "
                    + "agree the pace and add review points. " + name + " changes the plan itself.";
            case FORMER_MENTOR -> "You mentored " + name + " before: you can read this roadmap but no longer change it.";
            case PROGRAMME_STAFF -> "You are reading " + name + "'s roadmap as programme staff. Only " + name
                    + " and their mentor change it.";
        };
    }
}
