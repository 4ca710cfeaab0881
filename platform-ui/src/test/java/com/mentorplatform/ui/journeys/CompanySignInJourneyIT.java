package com.mentorplatform.ui.journeys;

import com.mentorplatform.ui.testing.CompanyIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Company sign-in in Chromium, through every real redirect: the console's login page, the API, the company's
 * OpenID provider (signing the person straight in), the API's callback, and back to the console, signed in.
 */
class CompanySignInJourneyIT {

    private static Browser browser;
    private static CompanyIdentityProvider provider;

    @BeforeAll
    static void startBrowserAndProvider() {
        browser = Browser.atConsole();
        provider = CompanyIdentityProvider.connect("globex", "admin@globex.example", "globex.example");
    }

    @AfterAll
    static void closeBrowserAndProvider() {
        if (provider != null) {
            provider.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_mentor_signs_in_with_their_company_account() {
        browser.open("/login");
        browser.type("login-tenant", "globex");
        browser.click("login-email");
        browser.awaitElement("login-company");
        browser.screenshot("company-sign-in-offered.png");

        provider.signsInNextAs("mentor@globex.example");
        browser.click("login-company");

        browser.awaitPath("/me/mentees");
        browser.screenshot("company-sign-in-landed.png");
        browser.click("sign-out");
        browser.awaitElement("login-submit");
    }

    @Test
    void a_person_without_an_account_is_told_why() {
        browser.open("/login");
        browser.type("login-tenant", "globex");
        browser.click("login-email");
        browser.awaitElement("login-company");

        provider.signsInNextAs("nobody.here@globex.example");
        browser.click("login-company");

        browser.awaitTextStartingWith("There is no account for your e-mail address in this organisation.");
        browser.screenshot("company-sign-in-refused.png");
    }

    @Test
    void the_admin_sees_the_provider_connected_in_sign_in_settings() {
        browser.signIn("globex", "admin@globex.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("sign-in");
        browser.awaitPath("/sign-in");
        browser.awaitText("Connected");
        browser.screenshotWholePage("sign-in-settings.png");
        browser.click("sign-out");
        browser.awaitElement("login-submit");
    }
}
