package com.mentorplatform.ui.tenants;

import com.mentorplatform.client.model.TenantState;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.ui.analytics.AnalyticsView;
import com.mentorplatform.ui.kit.BackgroundExport;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.BackgroundExports;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class TenantsViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void operator_sees_the_demo_tenants() {
        TenantsView view = openTenantsAsOperator();

        assertThat(_findAll(view.grid)).extracting(Tenant::getSlug).contains("acme", "globex");
    }

    @Test
    void operator_creates_a_tenant_whose_first_admin_can_sign_in() {
        TenantsView view = openTenantsAsOperator();
        String slug = "initech-" + UUID.randomUUID().toString().substring(0, 6);
        _click(view.newTenant);

        _setValue(view.dialog.slug, slug);
        _setValue(view.dialog.name, "Initech");
        _setValue(view.dialog.adminEmail, "bill@" + slug + ".example");
        _setValue(view.dialog.adminDisplayName, "Bill Lumbergh");
        _setValue(view.dialog.adminPassword, "yeah-if-you-could-1");
        _click(view.dialog.create);

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(_findAll(view.grid)).extracting(Tenant::getSlug).contains(slug);
        ApiClient firstAdmin = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        firstAdmin.signIn(slug, "bill@" + slug + ".example", "yeah-if-you-could-1");
        assertThat(firstAdmin.me().tenantName()).isEqualTo("Initech");
    }

    @Test
    void invalid_tenant_shows_the_apis_violations_next_to_the_fields() {
        TenantsView view = openTenantsAsOperator();
        _click(view.newTenant);

        _setValue(view.dialog.slug, "Not A Slug!");
        _setValue(view.dialog.name, "Broken Ltd");
        _setValue(view.dialog.adminEmail, "not-an-email");
        _setValue(view.dialog.adminDisplayName, "Brenda Broken");
        _setValue(view.dialog.adminPassword, "yeah-if-you-could-1");
        _click(view.dialog.create);

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.slug.isInvalid()).isTrue();
        assertThat(view.dialog.adminEmail.isInvalid()).isTrue();
        assertThat(view.dialog.name.isInvalid()).isFalse();
        assertThat(_findAll(view.grid)).extracting(Tenant::getName).doesNotContain("Broken Ltd");
    }

    @Test
    void operator_exports_a_tenants_data_and_is_offered_the_zip() throws Exception {
        TenantsView view = openTenantsAsOperator();
        view.grid.select(tenant(view, "globex"));
        BackgroundExport export = _get(view.data, BackgroundExport.class);

        _click(export.request);
        BackgroundExports.awaitDownload(export, "tenant-export-download");

        assertThat(export.status.getText()).isEqualTo("The export is ready.");
        assertThat(_get(Anchor.class, spec -> spec.withId("tenant-export-download")).getText())
                .isEqualTo("Download " + tenant(view, "globex").getName() + "'s data (ZIP)");
    }

    @Test
    void operator_schedules_a_deletion_after_typing_the_slug_and_cancels_it() {
        TenantsView view = openTenantsAsOperator();
        String slug = newTenant(view, "Soon Gone");
        view.grid.select(tenant(view, slug));

        _click(view.data.delete);
        Button confirm = _get(Button.class, spec -> spec.withId("tenant-deletion-confirm"));
        TextField confirmation = _get(TextField.class, spec -> spec.withId("tenant-deletion-confirmation"));
        boolean enabledAtFirst = confirm.isEnabled();
        _setValue(confirmation, "another-slug");
        boolean enabledForAnotherSlug = confirm.isEnabled();
        _setValue(confirmation, slug);
        _click(confirm);

        assertThat(enabledAtFirst).isFalse();
        assertThat(enabledForAnotherSlug).isFalse();
        assertThat(_find(Dialog.class, spec -> spec.withId("tenant-deletion-dialog"))).isEmpty();
        assertThat(tenant(view, slug).getStatus()).isEqualTo(TenantState.DELETION_SCHEDULED);
        assertThat(view.data.deletionState.getText()).startsWith("Shut, and deleted on");
        assertThat(view.data.delete.isVisible()).isFalse();

        _click(view.data.cancelDeletion);

        assertThat(tenant(view, slug).getStatus()).isEqualTo(TenantState.ACTIVE);
        assertThat(view.data.delete.isVisible()).isTrue();
        assertThat(view.data.cancelDeletion.isVisible()).isFalse();
    }

    @Test
    void the_operators_own_tenant_offers_an_export_but_no_deletion() {
        TenantsView view = openTenantsAsOperator();

        view.grid.select(tenant(view, "platform"));

        assertThat(view.data.delete.isVisible()).isFalse();
        assertThat(view.data.deletionState.getText()).isEqualTo("The operators' own tenant cannot be deleted.");
        assertThat(_find(view.data, BackgroundExport.class)).hasSize(1);
    }

    @Test
    void tenant_admin_is_kept_out_of_the_tenant_list() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");

        UI.getCurrent().navigate("tenants");

        assertThat(KaribuConsole.currentView()).isInstanceOf(AnalyticsView.class);
    }

    private static Tenant tenant(TenantsView view, String slug) {
        return _findAll(view.grid).stream().filter(t -> t.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    /** A tenant of this test's own, so that scheduling its deletion shuts nobody else out. */
    private static String newTenant(TenantsView view, String name) {
        String slug = "soon-" + UUID.randomUUID().toString().substring(0, 6);
        _click(view.newTenant);
        _setValue(view.dialog.slug, slug);
        _setValue(view.dialog.name, name);
        _setValue(view.dialog.adminEmail, "admin@" + slug + ".example");
        _setValue(view.dialog.adminDisplayName, "Admin of " + name);
        _setValue(view.dialog.adminPassword, "yeah-if-you-could-1");
        _click(view.dialog.create);
        return slug;
    }

    private static TenantsView openTenantsAsOperator() {
        KaribuConsole.start();
        KaribuConsole.signIn("platform", "operator@platform.example");
        UI.getCurrent().navigate(TenantsView.class);
        return _get(TenantsView.class);
    }
}
