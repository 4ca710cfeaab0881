package com.mentorplatform.ui.framework;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The competency framework: competencies on one tab, the role profiles built on them on the other. */
@Route(value = "framework", layout = MainLayout.class)
@PageTitle("Competency framework | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class FrameworkView extends VerticalLayout {

    final TabSheet tabs = new TabSheet();
    final CompetencyForm competencyForm = new CompetencyForm();
    final RoleProfileForm roleProfileForm = new RoleProfileForm();
    final EditorTab<CompetencyResponse, CompetencyDraft> competencies;
    final EditorTab<RoleProfileResponse, RoleProfileDraft> roleProfiles;
    final Tab roleProfilesTab;
    private final FrameworkClient framework;

    public FrameworkView() {
        framework = new FrameworkClient(ConsoleSession.current().api());
        competencies = new EditorTab<>("New competency", competencyGrid(), competencyForm, competencyStore(),
                CompetencyResponse::getName);
        roleProfiles = new EditorTab<>("New role profile", roleProfileGrid(), roleProfileForm, roleProfileStore(),
                RoleProfileResponse::getName);
        setSizeFull();
        tabs.setId("framework-tabs");
        tabs.setSizeFull();
        tabs.add("Competencies", competencies);
        roleProfilesTab = tabs.add("Role profiles", roleProfiles);
        // Role profiles offer the competencies as they are now, which the other tab may just have changed.
        tabs.addSelectedChangeListener(change -> (tabs.getSelectedTab() == roleProfilesTab ? roleProfiles
                : competencies).refresh());
        add(tabs);
        competencies.refresh();
    }

    private static Grid<CompetencyResponse> competencyGrid() {
        Grid<CompetencyResponse> grid = new Grid<>(CompetencyResponse.class, false);
        grid.setId("competency-grid");
        grid.addColumn(CompetencyResponse::getName).setKey("name").setHeader("Name").setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(CompetencyResponse::getName);
        grid.addColumn(CompetencyResponse::getCategory).setKey("category").setHeader("Category").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(CompetencyResponse::getDescription).setKey("description").setHeader("Description").setFlexGrow(2)
                .setTooltipGenerator(CompetencyResponse::getDescription);
        return grid;
    }

    private static Grid<RoleProfileResponse> roleProfileGrid() {
        Grid<RoleProfileResponse> grid = new Grid<>(RoleProfileResponse.class, false);
        grid.setId("role-profile-grid");
        grid.addColumn(RoleProfileResponse::getName).setKey("name").setHeader("Name").setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(RoleProfileResponse::getName);
        grid.addColumn(RoleProfileResponse::getLevel).setKey("level").setHeader("Level").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RoleProfileResponse::getFamily).setKey("family").setHeader("Family").setFlexGrow(1);
        grid.addColumn(profile -> profile.getRequirements().size()).setKey("requirements").setHeader("Competencies")
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        return grid;
    }

    private EditorStore<CompetencyResponse, CompetencyDraft> competencyStore() {
        return new EditorStore<>(() -> {
            List<CompetencyResponse> all = framework.competencies();
            competencyForm.setCategories(distinct(all, CompetencyResponse::getCategory));
            return all;
        }, this::saveCompetency, competency -> framework.deleteCompetency(competency.getId()));
    }

    private CompetencyResponse saveCompetency(CompetencyResponse original, CompetencyDraft draft) {
        if (original == null) {
            return framework.create(draft);
        }
        Map<String, Object> patch = draft.differencesFrom(original);
        return patch.isEmpty() ? original : framework.update(original.getId(), patch);
    }

    private EditorStore<RoleProfileResponse, RoleProfileDraft> roleProfileStore() {
        return new EditorStore<>(() -> {
            List<RoleProfileResponse> all = framework.roleProfiles();
            roleProfileForm.setChoices(framework.competencies(), distinct(all, RoleProfileResponse::getFamily));
            return all;
        }, (original, draft) -> original == null ? framework.create(draft) : framework.replace(original.getId(), draft),
                profile -> framework.deleteRoleProfile(profile.getId()));
    }

    private static <T> List<String> distinct(List<T> items, Function<T, String> value) {
        return items.stream().map(value).distinct().sorted().toList();
    }
}
