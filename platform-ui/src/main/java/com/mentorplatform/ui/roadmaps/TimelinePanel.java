package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.TimelineItem;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.paging.KeysetPages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every change of the roadmap, newest first, read page by page from the API's cursor as the list scrolls:
 * when, who, and what changed in one line. Nothing of the plan is silently overwritten; this is where it shows.
 */
class TimelinePanel extends VerticalLayout {

    final Grid<TimelineItem> grid = new Grid<>(TimelineItem.class, false);
    private final KeysetPages<UUID, TimelineItem> pages;
    private UUID roadmapId;

    TimelinePanel(RoadmapClient client) {
        pages = new KeysetPages<>(client::timeline);
        setId("timeline-panel");
        setPadding(false);
        grid.setId("timeline-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> Dates.moment(entry.getOccurredAt())).setKey("when").setHeader("When")
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.getActorName() == null ? "—" : entry.getActorName()).setKey("who").setHeader("Who")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(TimelineItem::getSummary).setKey("what").setHeader("What changed").setFlexGrow(1);
        grid.getColumns().forEach(column -> column.setSortable(false));
        grid.setHeight("30rem");
        grid.setEmptyStateText("No changes yet.");
        grid.setItems(query -> roadmapId == null ? Stream.empty()
                : pages.stream(roadmapId, query.getOffset(), query.getLimit()));
        add(RoadmapStyle.heading("Timeline of changes"), grid);
    }

    /** Shows the roadmap's history from its newest change, reading it afresh. */
    void show(RoadmapResponse roadmap) {
        roadmapId = roadmap.getId();
        pages.forget();
        grid.getDataProvider().refreshAll();
    }
}
