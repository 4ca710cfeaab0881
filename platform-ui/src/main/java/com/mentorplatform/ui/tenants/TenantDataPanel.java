package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.client.model.TenantKind;
import com.mentorplatform.client.model.TenantState;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.BackgroundExport;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * What an operator does with one tenant's data: export all of it, and delete the tenant after the grace period (or
 * cancel a scheduled deletion). The operators' own tenant cannot be deleted; a deleted tenant has nothing left.
 * {@code onChanged} gets the tenant as the API returns it after a deletion was scheduled or cancelled.
 */
class TenantDataPanel extends Div {

    final H3 title = new H3();
    final Div exportSlot = new Div();
    final Paragraph deletionState = new Paragraph();
    final Button delete = new Button("Delete this tenant…", VaadinIcon.TRASH.create());
    final Button cancelDeletion = new Button("Cancel the deletion", VaadinIcon.ARROW_BACKWARD.create());
    private final TenantsClient client;
    private final Consumer<Tenant> onChanged;
    private Tenant tenant;

    TenantDataPanel(TenantsClient client, Consumer<Tenant> onChanged) {
        this.client = client;
        this.onChanged = onChanged;
        setId("tenant-data");
        addClassName("tenant-data");
        delete.setId("delete-tenant");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> new DeletionDialog(client, tenant, this::changed).open());
        cancelDeletion.setId("cancel-tenant-deletion");
        cancelDeletion.addClickListener(click -> cancel());
        deletionState.setId("tenant-deletion-state");
        deletionState.addClassName("note");
        add(title, new H4("Export"), Hint.note("A ZIP with a JSON file per table of everything the tenant has (its "
                        + "people, programmes, pairs, roadmaps, check-ins, journals, audit log …) and its uploaded "
                        + "evidence files. Password and token hashes are left out."), exportSlot,
                new H4("Deletion"), deletionState, delete, cancelDeletion);
        setVisible(false);
    }

    /** Shows the actions for {@code shown}, forgetting an export followed for another tenant. */
    void show(Tenant shown) {
        tenant = shown;
        setVisible(true);
        title.setText(shown.getName());
        exportSlot.removeAll();
        boolean deleted = shown.getStatus() == TenantState.DELETED;
        if (!deleted) {
            exportSlot.add(new BackgroundExport("tenant-export", client.exportOf(shown.getId().toString()),
                    new BackgroundExport.Words("Export all of the tenant's data", "Preparing the export…",
                            "The export is ready.", "Preparing the export failed.",
                            "Download " + shown.getName() + "'s data (ZIP)", "tenant-export-")));
        }
        boolean scheduled = shown.getStatus() == TenantState.DELETION_SCHEDULED;
        boolean platform = shown.getKind() == TenantKind.PLATFORM;
        deletionState.setText(deletionText(shown, scheduled, deleted, platform));
        delete.setVisible(!scheduled && !deleted && !platform);
        cancelDeletion.setVisible(scheduled);
    }

    private static String deletionText(Tenant tenant, boolean scheduled, boolean deleted, boolean platform) {
        if (deleted) {
            return "Deleted on " + Dates.day(tenant.getDeletedAt()) + ". Only the record that it was "
                    + "deleted is left.";
        }
        if (scheduled) {
            return "Shut, and deleted on " + Dates.day(tenant.getDeletionDueAt()) + " unless you cancel.";
        }
        return platform ? "The operators' own tenant cannot be deleted."
                : "Shuts the tenant at once and deletes its data after a grace period.";
    }

    private void cancel() {
        try {
            changed(client.cancelDeletion(tenant.getId().toString()));
            Toast.done("The deletion of " + tenant.getName() + " was cancelled");
        } catch (ApiProblem refused) {
            Toast.refused(refused);
        }
    }

    private void changed(Tenant updated) {
        show(updated);
        onChanged.accept(updated);
    }
}
