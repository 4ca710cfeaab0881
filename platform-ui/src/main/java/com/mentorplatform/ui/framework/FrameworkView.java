package com.mentorplatform.ui.framework;

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
    final EditorTab<Competency, CompetencyDraft> competencies;
    final EditorTab<RoleProfile, RoleProfileDraft> roleProfiles;
    final Tab roleProfilesTab;
    private final FrameworkClient framework;

    public FrameworkView() {
        framework = new FrameworkClient(ConsoleSession.current().api());
        competencies = new EditorTab<>("New competency", competencyGrid(), competencyForm, competencyStore(),
                Competency::name);
        roleProfiles = new EditorTab<>("New role profile", roleProfileGrid(), roleProfileForm, roleProfileStore(),
                RoleProfile::name);
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

    private static Grid<Competency> competencyGrid() {
        Grid<Competency> grid = new Grid<>(Competency.class, false);
        grid.setId("competency-grid");
        grid.addColumn(Competency::name).setKey("name").setHeader("Name").setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(Competency::name);
        grid.addColumn(Competency::category).setKey("category").setHeader("Category").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(Competency::description).setKey("description").setHeader("Description").setFlexGrow(2)
                .setTooltipGenerator(Competency::description);
        return grid;
    }

    private static Grid<RoleProfile> roleProfileGrid() {
        Grid<RoleProfile> grid = new Grid<>(RoleProfile.class, false);
        grid.setId("role-profile-grid");
        grid.addColumn(RoleProfile::name).setKey("name").setHeader("Name").setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(RoleProfile::name);
        grid.addColumn(RoleProfile::level).setKey("level").setHeader("Level").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RoleProfile::family).setKey("family").setHeader("Family").setFlexGrow(1);
        grid.addColumn(profile -> profile.requirements().size()).setKey("requirements").setHeader("Competencies")
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        return grid;
    }

    private EditorStore<Competency, CompetencyDraft> competencyStore() {
        return new EditorStore<>(() -> {
            List<Competency> all = framework.competencies();
            competencyForm.setCategories(distinct(all, Competency::category));
            return all;
        }, this::saveCompetency, competency -> framework.deleteCompetency(competency.id()));
    }

    private Competency saveCompetency(Competency original, CompetencyDraft draft) {
        if (original == null) {
            return framework.create(draft);
        }
        Map<String, Object> patch = draft.differencesFrom(original);
        return patch.isEmpty() ? original : framework.update(original.id(), patch);
    }

    private EditorStore<RoleProfile, RoleProfileDraft> roleProfileStore() {
        return new EditorStore<>(() -> {
            List<RoleProfile> all = framework.roleProfiles();
            roleProfileForm.setChoices(framework.competencies(), distinct(all, RoleProfile::family));
            return all;
        }, (original, draft) -> original == null ? framework.create(draft) : framework.replace(original.id(), draft),
                profile -> framework.deleteRoleProfile(profile.id()));
    }

    private static <T> List<String> distinct(List<T> items, Function<T, String> value) {
        return items.stream().map(value).distinct().sorted().toList();
    }
}
