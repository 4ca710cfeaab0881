package com.mentorplatform.ui.signin;

import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** A tenant admin connects the company's identity provider for sign-in and for directory sync. */
@Route(value = "sign-in", layout = MainLayout.class)
@PageTitle("Sign-in and provisioning | Mentoring Platform")
@RequiresRole(Role.TENANT_ADMIN)
public class SignInSettingsView extends VerticalLayout {

    final CompanySignInCard companySignIn;
    final ScimTokensCard scimTokens;

    public SignInSettingsView() {
        SignInSettingsClient client = new SignInSettingsClient(ConsoleSession.current().api());
        companySignIn = new CompanySignInCard(client);
        scimTokens = new ScimTokensCard(client);
        addClassName("settings-view");
        setMaxWidth("56rem");
        add(new H2("Sign-in and provisioning"), companySignIn, scimTokens);
    }
}
