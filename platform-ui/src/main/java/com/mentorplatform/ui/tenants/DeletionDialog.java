package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.ui.shell.TypedConfirmationDialog;
import java.util.function.Consumer;

/**
 * Confirms a tenant's deletion: says that it shuts the tenant at once and deletes its data after the grace period
 * unless cancelled, and schedules it only once the operator has typed the tenant's slug again (as the API also
 * checks). What the API refuses is shown in the dialog, which stays open.
 */
class DeletionDialog extends TypedConfirmationDialog {

    DeletionDialog(TenantsClient client, Tenant tenant, Consumer<Tenant> onScheduled) {
        super("tenant-deletion", "Delete " + tenant.getName() + "?", "Schedule deletion");
        expect(tenant.getSlug(), typed -> typed.strip().equals(tenant.getSlug()));
        explain("The tenant is shut at once: nobody can sign in, and tokens already given out, SCIM tokens and "
                + "calendar links stop working. After the grace period every record of the tenant and its uploaded "
                + "files are deleted; until then you can cancel and everything works again. Export its data first if "
                + "the customer wants it. The platform keeps only that the tenant was deleted, by whom and when.",
                "Once the grace period is over, the deletion cannot be undone.");
        onConfirm(typed -> client.scheduleDeletion(tenant.getId().toString(), typed), onScheduled);
    }
}
