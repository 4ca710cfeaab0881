package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The platform operator's tenants: who is on the platform, since when, and a way to add one; a selected tenant's
 * data can be exported, and the tenant deleted after a grace period.
 */
@Route(value = "tenants", layout = MainLayout.class)
@PageTitle("Tenants | Mentoring Platform")
@RequiresRole(Role.PLATFORM_OPERATOR)
public class TenantsView extends VerticalLayout {

    final Grid<Tenant> grid = new Grid<>(Tenant.class, false);
    final Button newTenant = new Button("New tenant", VaadinIcon.PLUS.create());
    final NewTenantDialog dialog = new NewTenantDialog();
    final TenantDataPanel data;
    private final TenantsClient tenants;

    public TenantsView() {
        tenants = new TenantsClient(ConsoleSession.current().api());
        data = new TenantDataPanel(tenants, changed -> refreshGrid());
        setSizeFull();
        configureGrid();
        configureDialog();
        add(toolbar(), grid, data);
        refreshGrid();
    }

    private void configureGrid() {
        grid.setId("tenants-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Tenant::getName).setKey("name").setHeader("Name").setFlexGrow(2);
        grid.addColumn(Tenant::getSlug).setKey("slug").setHeader("Slug");
        grid.addColumn(new ComponentRenderer<>(TenantsView::statusBadge)).setKey("status").setHeader("Status");
        grid.addColumn(tenant -> Dates.day(tenant.getCreatedAt())).setKey("createdAt").setHeader("Created");
        grid.setEmptyStateText("No tenants yet.");
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                data.show(selected.getValue());
            }
        });
    }

    private static Component statusBadge(Tenant tenant) {
        return Badge.of(TenantLabels.status(tenant.getStatus()), TenantLabels.tone(tenant.getStatus()));
    }

    private void configureDialog() {
        dialog.addCreateListener(this::createTenant);
    }

    private HorizontalLayout toolbar() {
        newTenant.setId("new-tenant");
        newTenant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTenant.addClickListener(click -> dialog.openEmpty());
        return new HorizontalLayout(newTenant);
    }

    private void refreshGrid() {
        grid.setItems(tenants.all());
    }

    private void createTenant(NewTenantDialog.CreateEvent event) {
        try {
            Tenant created = tenants.create(event.tenant());
            dialog.close();
            refreshGrid();
            Toast.done("Tenant " + created.getName() + " created");
        } catch (ApiProblem problem) {
            dialog.showProblem(problem);
        }
    }
}
