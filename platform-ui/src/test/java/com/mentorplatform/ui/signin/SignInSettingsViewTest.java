package com.mentorplatform.ui.signin;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tenant admin connects a real OpenID provider, sees the API's objections, disconnects it, and makes a SCIM token. */
@ExtendWith(RunningPlatform.class)
class SignInSettingsViewTest {

    static MockOAuth2Server provider;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void an_admin_connects_the_company_provider_and_disconnects_it() {
        CompanySignInCard card = open("globex", "admin@globex.example").companySignIn;
        assertThat(card.status.getElement().getTextRecursively()).isEqualTo("Not connected");
        assertThat(card.redirectUri.getValue()).endsWith("/oauth/callback/globex");

        _setValue(card.issuer, "http://127.0.0.1:9/nobody");
        _setValue(card.clientId, "console");
        _setValue(card.clientSecret, "console-secret");
        _setValue(card.emailDomains, "globex.example");
        _click(card.save);
        assertThat(card.issuer.isInvalid()).isTrue();
        assertThat(card.issuer.getErrorMessage()).contains("did not answer");

        _setValue(card.issuer, provider.issuerUrl("globex-settings").toString());
        _click(card.save);
        assertThat(card.issuer.isInvalid()).isFalse();
        assertThat(card.status.getElement().getTextRecursively()).isEqualTo("Connected");
        assertThat(card.clientSecret.getPlaceholder()).startsWith("Stored");

        _click(card.disconnect);
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(card.status.getElement().getTextRecursively()).isEqualTo("Not connected");
    }

    @Test
    void an_admin_makes_a_scim_token_seen_once_and_revokes_it() {
        ScimTokensCard card = open("globex", "admin@globex.example").scimTokens;
        int before = _size(card.grid);

        _setValue(card.name, "Settings test IdP");
        _click(card.create);

        assertThat(card.shownOnce.isVisible()).isTrue();
        assertThat(card.shownOnce.getValue()).isNotBlank();
        assertThat(card.baseUrl.getValue()).isEqualTo("/scim/v2");
        assertThat(_size(card.grid)).isEqualTo(before + 1);
    }

    @Test
    void a_programme_manager_who_is_not_an_admin_is_sent_home() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "manager@acme.example");

        UI.getCurrent().navigate(SignInSettingsView.class);

        assertThat(KaribuConsole.currentView()).isNotInstanceOf(SignInSettingsView.class);
    }

    private static SignInSettingsView open(String tenant, String email) {
        KaribuConsole.start();
        KaribuConsole.signIn(tenant, email);
        UI.getCurrent().navigate(SignInSettingsView.class);
        return _get(SignInSettingsView.class);
    }
}
