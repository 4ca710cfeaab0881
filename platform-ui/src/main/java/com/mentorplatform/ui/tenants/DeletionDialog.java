package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Confirms a tenant's deletion: says that it shuts the tenant at once and deletes its data after the grace period
 * unless cancelled, and schedules it only once the operator has typed the tenant's slug again (as the API also
 * checks). What the API refuses is shown in the dialog, which stays open.
 */
class DeletionDialog extends Dialog {

    final TextField confirmation = new TextField();
    final Button delete = new Button("Schedule deletion");
    private final FormProblems problems = new FormProblems(Map.of("confirmation", confirmation));

    DeletionDialog(TenantsClient client, Tenant tenant, Consumer<Tenant> onScheduled) {
        setId("tenant-deletion-dialog");
        setHeaderTitle("Delete " + tenant.getName() + "?");
        setWidth("34rem");
        confirmation.setId("tenant-deletion-confirmation");
        confirmation.setLabel("Type " + tenant.getSlug() + " to confirm");
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(change -> delete.setEnabled(
                change.getValue() != null && change.getValue().strip().equals(tenant.getSlug())));
        delete.setId("tenant-deletion-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(click -> schedule(client, tenant, onScheduled));
        add(problems.box(), explanation(), irreversible(), confirmation);
        getFooter().add(new Button("Cancel", click -> close()), delete);
    }

    private static Paragraph explanation() {
        Paragraph what = new Paragraph("The tenant is shut at once: nobody can sign in, and tokens already given out, "
                + "SCIM tokens and calendar links stop working. After the grace period every record of the tenant "
                + "and its uploaded files are deleted; until then you can cancel and everything works again. Export "
                + "its data first if the customer wants it. The platform keeps only that the tenant was deleted, by "
                + "whom and when.");
        what.addClassName("note");
        return what;
    }

    private static Div irreversible() {
        Div warning = new Div(VaadinIcon.WARNING.create(), new Span("Once the grace period is over, the deletion cannot "
                + "be undone."));
        warning.addClassNames("banner", "warning");
        return warning;
    }

    private void schedule(TenantsClient client, Tenant tenant, Consumer<Tenant> onScheduled) {
        problems.clear();
        try {
            Tenant scheduled = client.scheduleDeletion(tenant.getId().toString(), confirmation.getValue().strip());
            close();
            onScheduled.accept(scheduled);
        } catch (ApiProblem refused) {
            problems.show(refused);
        }
    }
}
