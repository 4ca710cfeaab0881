package com.mentorplatform.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.people.PeopleClient;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.people.PersonQuery;
import com.mentorplatform.ui.testing.InMemoryTokens;
import com.mentorplatform.ui.testing.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real browser against the packaged console and the packaged API: what one tenant's admin finds, another's cannot. */
class TenantIsolationJourneyIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowserAndConsole() {
        browser = Browser.atConsole();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void globex_admin_cannot_find_the_acme_person_that_acme_admin_just_found() {
        String acmeName = anAcmePersonUnknownToGlobex().getDisplayName();

        browser.open("/login");
        browser.awaitElement("login-submit");
        browser.screenshot("login.png");
        browser.signIn("acme", "admin@acme.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("people");
        browser.awaitPath("/people");
        browser.awaitGridCell("Active");
        browser.screenshot("people-directory.png");
        browser.type("people-search", acmeName);
        browser.awaitGridCell(acmeName);
        browser.screenshot("people-search.png");

        browser.click("sign-out");
        browser.awaitElement("login-submit");
        browser.signIn("globex", "admin@globex.example");
        browser.awaitPath("/analytics");
        browser.clickMenuItem("people");
        browser.awaitPath("/people");
        browser.awaitGridCell("Name");
        browser.type("people-search", acmeName);
        browser.awaitText("No people match your search.");
        browser.screenshot("people-directory-other-tenant.png");

        assertThat(browser.gridCells()).doesNotContain(acmeName);
    }

    /** Demo names are drawn at random per tenant, so pick one that globex happens not to share. */
    private static PersonResponse anAcmePersonUnknownToGlobex() {
        ApiClient acme = adminOf("acme");
        ApiClient globex = adminOf("globex");
        return new PeopleClient(acme).page(PersonQuery.EVERYONE, 50, null).items().stream()
                .filter(person -> new PeopleClient(globex).page(new PersonQuery(person.getDisplayName(), null), 1, null).items().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("every one of 50 acme names is also found in globex"));
    }

    private static ApiClient adminOf(String tenant) {
        ApiClient api = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        api.signIn(tenant, "admin@" + tenant + ".example", RunningPlatform.DEMO_PASSWORD);
        return api;
    }
}
