package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.NotFound;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A mentee's roadmap seen by someone else: their mentor (who endorses, rates, agrees the pace and reviews), a
 * former mentor or HR (who read only). The API decides who may read it; anyone else finds no such page.
 */
@Route(value = "mentees/:menteeId/roadmap", layout = MainLayout.class)
@PageTitle("Roadmap | Mentoring Platform")
@RequiresRole({Role.MENTOR, Role.MENTEE, Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class MenteeRoadmapView extends VerticalLayout implements BeforeEnterObserver {

    private static final String PARAMETER = "menteeId";

    RoadmapPage page;
    private final ApiClient api = ConsoleSession.current().api();

    public MenteeRoadmapView() {
        setId("mentee-roadmap-view");
        setMaxWidth("84rem");
    }

    /** The route parameters that open the roadmap of the mentee with id {@code menteeId}. */
    public static RouteParameters parameters(String menteeId) {
        return new RouteParameters(PARAMETER, menteeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String menteeId = event.getRouteParameters().get(PARAMETER).orElse("");
        Optional<List<RoadmapSummary>> found =
                NotFound.rerouteIfMissing(event, () -> new RoadmapClient(api).summaries(menteeId));
        if (found.isEmpty()) {
            return;
        }
        List<RoadmapSummary> roadmaps = found.get();
        removeAll();
        if (roadmaps.isEmpty()) {
            add(RoadmapStyle.emptyState("This mentee has not started a roadmap yet. Once they do, you will find it here."));
            return;
        }
        page = new RoadmapPage(api);
        UUID shown = roadmaps.stream().filter(Roadmaps::isActive).findFirst().orElse(roadmaps.get(0)).getId();
        page.show(roadmaps, shown);
        add(page);
    }
}
