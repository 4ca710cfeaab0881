package com.mentorplatform.ui.signin;

import com.mentorplatform.client.model.CompanySignInSettings;
import com.mentorplatform.client.model.CompanySignInUpdate;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.shell.DestructiveConfirmation;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;

/**
 * The company's identity provider: where it is, the client registered there, the e-mail domains that are the
 * company's, and whether passwords still work. The API checks the provider before it keeps anything.
 */
class CompanySignInCard extends Card {

    private final SignInSettingsClient client;
    final Div status = new Div();
    final TextField redirectUri = new TextField("Redirect URI to register at your provider");
    final TextField issuer = new TextField("Issuer");
    final TextField clientId = new TextField("Client ID");
    final PasswordField clientSecret = new PasswordField("Client secret");
    final TextField emailDomains = new TextField("Company e-mail domains");
    final Checkbox passwordLogin = new Checkbox("People may also sign in with a password");
    final Button save = new Button("Save and check the provider");
    final Button disconnect = new Button("Disconnect");
    private final FormProblems problems;

    CompanySignInCard(SignInSettingsClient client) {
        this.client = client;
        setId("company-sign-in");
        problems = new FormProblems(Map.of("issuer", issuer, "clientId", clientId, "clientSecret", clientSecret,
                "emailDomains", emailDomains));
        redirectUri.setReadOnly(true);
        issuer.setPlaceholder("https://login.example.com/realms/acme");
        emailDomains.setPlaceholder("example.com, example.co.uk");
        emailDomains.setHelperText("Separate several with commas. A person's e-mail must have one of them.");
        for (TextField field : new TextField[] {redirectUri, issuer, clientId, emailDomains}) {
            field.setWidthFull();
        }
        clientSecret.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        disconnect.addClickListener(click -> confirmDisconnect());
        HorizontalLayout heading = new HorizontalLayout(new H3("Company sign-in"), status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(save, disconnect);
        actions.addClassName("wrap");
        add(heading, Hint.note("People sign in with their company account (OpenID Connect: Entra ID, Okta, Google, "
                        + "Keycloak...). Register the platform at your provider as a web application with the "
                        + "redirect URI below, then enter what the provider gives you."),
                problems.box(), redirectUri, issuer, clientId, clientSecret, emailDomains, passwordLogin, actions);
        show(client.companySignIn());
    }

    private void show(CompanySignInSettings settings) {
        boolean configured = Boolean.TRUE.equals(settings.getConfigured());
        status.removeAll();
        status.add(configured ? Badge.of("Connected", Badge.Tone.SUCCESS) : Badge.of("Not connected", Badge.Tone.CONTRAST));
        redirectUri.setValue(settings.getRedirectUri());
        issuer.setValue(Texts.orEmpty(settings.getIssuer()));
        clientId.setValue(Texts.orEmpty(settings.getClientId()));
        clientSecret.clear();
        clientSecret.setPlaceholder(Boolean.TRUE.equals(settings.getClientSecretSet()) ? "Stored; leave empty to keep" : "");
        emailDomains.setValue(String.join(", ", settings.getEmailDomains()));
        passwordLogin.setValue(!Boolean.FALSE.equals(settings.getPasswordLogin()));
        disconnect.setVisible(configured);
    }

    private void save() {
        problems.clear();
        CompanySignInUpdate update = new CompanySignInUpdate().issuer(issuer.getValue().strip())
                .clientId(clientId.getValue().strip())
                .clientSecret(clientSecret.isEmpty() ? null : clientSecret.getValue())
                .emailDomains(Arrays.stream(emailDomains.getValue().split("[,\\s]+")).filter(d -> !d.isBlank())
                        .map(String::strip).toList())
                .passwordLogin(passwordLogin.getValue());
        try {
            show(client.saveCompanySignIn(update));
            Toast.done("Company sign-in saved: the provider answered.");
        } catch (ApiProblem problem) {
            problems.show(problem);
        }
    }

    private void confirmDisconnect() {
        DestructiveConfirmation.open("Disconnect company sign-in?",
                "People can no longer sign in with their company account; password sign-in is switched back on.",
                "Disconnect", () -> {
                    client.disconnectCompanySignIn();
                    show(client.companySignIn());
                });
    }
}
