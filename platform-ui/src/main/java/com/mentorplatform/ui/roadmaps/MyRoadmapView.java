package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CreateRoadmapRequest;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.framework.FrameworkClient;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;

/**
 * The mentee's own roadmap. Without an active one, a friendly form starts it (the cohort and the vision);
 * with one, the roadmap page, plus a way to start afresh (the current one is then archived, kept read-only).
 */
@Route(value = "me/roadmap", layout = MainLayout.class)
@PageTitle("My roadmap | Mentoring Platform")
@RequiresRole(Role.MENTEE)
public class MyRoadmapView extends VerticalLayout {

    RoadmapPage page;
    StartRoadmapForm startForm;
    final Button startAgain = new Button("Start a new roadmap", VaadinIcon.PLUS.create());
    private final ApiClient api = ConsoleSession.current().api();
    private final RoadmapClient client = new RoadmapClient(api);
    private final String userId = ConsoleSession.current().user().orElseThrow().id();

    public MyRoadmapView() {
        setId("my-roadmap-view");
        setMaxWidth("84rem");
        startAgain.setId("start-again");
        startAgain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        startAgain.addClickListener(click -> openStartAgain());
        refresh();
    }

    private void refresh() {
        removeAll();
        List<RoadmapSummary> mine = client.summaries(null);
        Optional<RoadmapSummary> active = mine.stream().filter(Roadmaps::isActive).findFirst();
        if (active.isEmpty()) {
            page = null;
            add(welcome(mine));
            return;
        }
        page = new RoadmapPage(api);
        page.extraActions.add(startAgain);
        page.show(mine, active.get().getId());
        add(page);
    }

    private Component welcome(List<RoadmapSummary> earlier) {
        H3 title = new H3("Start your career roadmap");
        title.addClassName("section-title");
        Paragraph why = new Paragraph("A roadmap is a living plan, not a checklist. Start with where you want to go "
                + "and why it matters to you; then add milestones, small experiments and review points with your "
                + "mentor. Nothing is silently overwritten: every change is kept in the plan's history.");
        VerticalLayout welcome = new VerticalLayout(title, why);
        welcome.setId("roadmap-welcome");
        welcome.setPadding(false);
        welcome.setMaxWidth("52rem");
        List<PairResponse> cohorts = client.cohortsAsMentee(userId);
        if (cohorts.isEmpty()) {
            welcome.add(RoadmapStyle.emptyState("You can start a roadmap once you are paired with a mentor in a "
                    + "programme cohort. Your programme manager will let you know."));
        } else {
            startForm = newStartForm(cohorts);
            startForm.addSaveListener(event -> create(event, startForm, null));
            welcome.add(startForm);
        }
        if (!earlier.isEmpty()) {
            welcome.add(Hint.of("Your earlier roadmaps are kept: "
                    + String.join("; ", earlier.stream().map(RoadmapLabels::summary).toList())));
        }
        return welcome;
    }

    private void openStartAgain() {
        Dialog dialog = new Dialog();
        dialog.setId("start-again-dialog");
        dialog.setHeaderTitle("Start a new roadmap");
        dialog.setWidth("44rem");
        StartRoadmapForm form = newStartForm(client.cohortsAsMentee(userId));
        form.addSaveListener(event -> create(event, form, dialog));
        Paragraph note = Hint.note("Your current roadmap in that cohort is archived: kept as it is, read only, "
                + "and still listed above. The new one starts from your self-ratings of today.");
        dialog.add(note, form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()));
        dialog.open();
    }

    private StartRoadmapForm newStartForm(List<PairResponse> cohorts) {
        return new StartRoadmapForm(cohorts, new FrameworkClient(api).roleProfiles(), client.profileTargetRoleId());
    }

    private void create(SaveEvent<Void, CreateRoadmapRequest> event, StartRoadmapForm form, Dialog dialog) {
        try {
            client.create(event.change());
            if (dialog != null) {
                dialog.close();
            }
            refresh();
            Toast.done("Your roadmap has started");
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }
}
