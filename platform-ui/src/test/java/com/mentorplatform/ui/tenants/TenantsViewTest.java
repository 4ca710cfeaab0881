package com.mentorplatform.ui.tenants;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.client.model.Tenant;
import com.mentorplatform.ui.analytics.AnalyticsView;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
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
    void tenant_admin_is_kept_out_of_the_tenant_list() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");

        UI.getCurrent().navigate("tenants");

        assertThat(KaribuConsole.currentView()).isInstanceOf(AnalyticsView.class);
    }

    private static TenantsView openTenantsAsOperator() {
        KaribuConsole.start();
        KaribuConsole.signIn("platform", "operator@platform.example");
        UI.getCurrent().navigate(TenantsView.class);
        return _get(TenantsView.class);
    }
}
