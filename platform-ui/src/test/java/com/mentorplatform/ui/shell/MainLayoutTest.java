package com.mentorplatform.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.api.UserProfile;
import com.mentorplatform.ui.login.LoginView;
import com.mentorplatform.ui.notifications.NotificationBell;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MainLayoutTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void admin_menu_offers_analytics_first_then_people_import_programmes_sponsorship_framework_sign_in_calendar_and_profile() {
        signInAs("acme", "admin@acme.example");

        assertThat(menu()).containsExactly("Analytics", "Leadership reports", "People", "Import people", "Programmes", "Sponsorship flags",
                "Competency framework", "Sign-in and provisioning", "Calendar", "My profile");
        assertThat(menuItem("Sign-in and provisioning").getPath()).isEqualTo("sign-in");
        assertThat(menuItem("Sponsorship flags").getPath()).isEqualTo("sponsorship");
        assertThat(menuItem("Analytics").getPath()).isEqualTo("analytics");
        assertThat(menuItem("Leadership reports").getPath()).isEqualTo("leadership");
    }

    @Test
    void operator_menu_offers_tenants_and_profile() {
        signInAs("platform", "operator@platform.example");

        assertThat(menu()).containsExactly("Tenants", "My profile");
    }

    @Test
    void mentor_menu_offers_their_mentees_their_pairs_the_calendar_and_their_mentoring_profile() {
        signInAs("acme", "mentor@acme.example");

        assertThat(menu()).containsExactly("My mentees", "My mentoring", "Calendar", "My mentoring profile",
                "My profile");
        assertThat(menuItem("My mentees").getPath()).isEqualTo("me/mentees");
        assertThat(menuItem("My mentoring").getPath()).isEqualTo("me/pairs");
        assertThat(menuItem("My mentoring profile").getPath()).isEqualTo("me/mentor-profile");
    }

    @Test
    void mentee_menu_leads_to_their_pairs_roadmap_journal_evidence_promotion_case_and_mentee_profile() {
        signInAs("acme", "mentee@acme.example");

        assertThat(menu()).containsExactly("My mentoring", "My roadmap", "Journal", "Evidence", "Promotion case",
                "Calendar", "My mentoring profile", "My profile");
        assertThat(menuItem("My mentoring").getPath()).isEqualTo("me/pairs");
        assertThat(menuItem("My roadmap").getPath()).isEqualTo("me/roadmap");
        assertThat(menuItem("Promotion case").getPath()).isEqualTo("me/promotion-case");
        assertThat(menuItem("Journal").getPath()).isEqualTo("me/journal");
        assertThat(menuItem("Evidence").getPath()).isEqualTo("me/evidence");
        assertThat(menuItem("My mentoring profile").getPath()).isEqualTo("me/mentee-profile");
    }

    @Test
    void leader_menu_offers_leadership_reports_and_the_calendar_but_neither_pairs_nor_mentoring_profile() {
        signInAs("acme", "leader@acme.example");

        assertThat(menu()).containsExactly("Leadership reports", "Calendar", "My profile");
    }

    @Test
    void someone_both_mentor_and_mentee_finds_each_profile_under_one_entry() {
        UserProfile both = new UserProfile("p", "t", "Acme", "Bo Both", "bo@acme.example",
                Set.of(Role.MENTOR, Role.MENTEE));

        SideNavItem entry = MainLayout.navigationFor(both).getItems().stream()
                .filter(item -> item.getLabel().equals("My mentoring profile")).findFirst().orElseThrow();

        assertThat(entry.getItems()).extracting(SideNavItem::getLabel).containsExactly("As mentor", "As mentee");
        assertThat(entry.getItems()).extracting(SideNavItem::getPath)
                .containsExactly("me/mentor-profile", "me/mentee-profile");
    }

    @Test
    void tenant_users_have_a_notification_bell_and_the_platform_operator_has_none() {
        signInAs("acme", "leader@acme.example");
        assertThat(_find(NotificationBell.class)).hasSize(1);
        KaribuConsole.stop();

        signInAs("platform", "operator@platform.example");
        assertThat(_find(NotificationBell.class)).isEmpty();
    }

    @Test
    void header_names_the_users_tenant_and_the_user() {
        signInAs("globex", "leader@globex.example");

        assertThat(_get(Span.class, spec -> spec.withId("current-tenant")).getText()).isEqualTo("Globex Industries");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo(ConsoleSession.current().user().orElseThrow().displayName());
    }

    @Test
    void after_signing_out_the_directory_asks_for_a_login_again() {
        signInAs("acme", "admin@acme.example");

        _click(_get(Button.class, spec -> spec.withId("sign-out")));
        MockVaadin.clientRoundtrip();
        UI.getCurrent().navigate("people");

        assertThat(ConsoleSession.current().isSignedIn()).isFalse();
        assertThat(KaribuConsole.currentView()).isInstanceOf(LoginView.class);
    }

    private static void signInAs(String tenant, String email) {
        KaribuConsole.start();
        KaribuConsole.signIn(tenant, email);
    }

    private static SideNavItem menuItem(String label) {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .filter(item -> item.getLabel().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
