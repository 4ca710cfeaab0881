package com.mentorplatform.ui.shell;

import com.mentorplatform.ui.api.ApiUnavailable;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.api.UserProfile;
import com.mentorplatform.ui.notifications.NotificationBell;
import com.mentorplatform.ui.session.ConsoleSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The signed-in frame: product name, side menu by role, the user's tenant and name, and sign-out. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String PRODUCT = "Mentoring Platform";
    private static final Logger LOG = LoggerFactory.getLogger(MainLayout.class);

    private final H2 viewTitle = new H2();
    private NotificationBell bell;

    public MainLayout() {
        UserProfile user = ConsoleSession.current().user().orElse(null);
        setPrimarySection(Section.DRAWER);
        configureDrawer(user);
        configureNavbar(user);
    }

    private void configureDrawer(UserProfile user) {
        Icon logo = VaadinIcon.ACADEMY_CAP.create();
        logo.addClassName("logo");
        H1 product = new H1(PRODUCT);
        product.addClassName("brand-name");
        HorizontalLayout brand = new HorizontalLayout(logo, product);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        brand.addClassName("brand");
        SideNav nav = user == null ? new SideNav() : navigationFor(user);
        nav.setId("main-nav");
        nav.addClassName("main-nav");
        addToDrawer(brand, nav);
    }

    static SideNav navigationFor(UserProfile user) {
        SideNav nav = new SideNav();
        if (user.hasAnyRole(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER)) {
            nav.addItem(new SideNavItem("Analytics", "analytics", VaadinIcon.CHART.create()));
        }
        if (user.hasAnyRole(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER, Role.LEADER)) {
            nav.addItem(new SideNavItem("Leadership reports", "leadership", VaadinIcon.BAR_CHART_H.create()));
        }
        if (user.hasAnyRole(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER)) {
            nav.addItem(new SideNavItem("People", "people", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Import people", "people/import", VaadinIcon.UPLOAD.create()));
            SideNavItem programmes = new SideNavItem("Programmes", "programmes", VaadinIcon.CLUSTER.create());
            // A programme's and a cohort's own pages belong under this entry too.
            programmes.setMatchNested(true);
            programmes.setPathAliases(Set.of("cohorts"));
            nav.addItem(programmes);
            nav.addItem(new SideNavItem("Sponsorship flags", "sponsorship", VaadinIcon.FLAG.create()));
            nav.addItem(new SideNavItem("Competency framework", "framework", VaadinIcon.SITEMAP.create()));
        }
        if (user.hasAnyRole(Role.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem("Sign-in and provisioning", "sign-in", VaadinIcon.KEY.create()));
        }
        if (user.hasAnyRole(Role.PLATFORM_OPERATOR)) {
            nav.addItem(new SideNavItem("Tenants", "tenants", VaadinIcon.BUILDING.create()));
        }
        // A mentee's roadmap, journal and a pair's check-ins are opened from a mentor's "My mentees", so they
        // light that entry up; a mentee reaches their check-ins from "My mentoring".
        if (user.hasAnyRole(Role.MENTOR)) {
            SideNavItem mentees = new SideNavItem("My mentees", "me/mentees", VaadinIcon.GROUP.create());
            mentees.setPathAliases(Set.of("mentees", "pairs"));
            mentees.setMatchNested(true);
            nav.addItem(mentees);
        }
        if (user.hasAnyRole(Role.MENTOR, Role.MENTEE)) {
            SideNavItem mentoring = new SideNavItem("My mentoring", "me/pairs", VaadinIcon.HANDSHAKE.create());
            if (!user.hasAnyRole(Role.MENTOR)) {
                mentoring.setPathAliases(Set.of("pairs"));
                mentoring.setMatchNested(true);
            }
            nav.addItem(mentoring);
        }
        if (user.hasAnyRole(Role.MENTEE)) {
            addMenteeWorkspace(nav);
        }
        if (isTenantUser(user)) {
            nav.addItem(new SideNavItem("Calendar", "calendar", VaadinIcon.CALENDAR.create()));
        }
        if (user.hasAnyRole(Role.MENTOR, Role.MENTEE)) {
            nav.addItem(mentoringProfile(user));
        }
        nav.addItem(new SideNavItem("My profile", "profile", VaadinIcon.USER_CARD.create()));
        return nav;
    }

    /** A mentee's weekly work, in the order a month of it usually goes. */
    private static void addMenteeWorkspace(SideNav nav) {
        nav.addItem(new SideNavItem("My roadmap", "me/roadmap", VaadinIcon.ROAD.create()));
        nav.addItem(new SideNavItem("Journal", "me/journal", VaadinIcon.NOTEBOOK.create()));
        nav.addItem(new SideNavItem("Evidence", "me/evidence", VaadinIcon.DIPLOMA.create()));
        nav.addItem(new SideNavItem("Promotion case", "me/promotion-case", VaadinIcon.FILE_TEXT_O.create()));
    }

    /** One entry for a mentor or a mentee; someone who is both finds each profile under it. */
    private static SideNavItem mentoringProfile(UserProfile user) {
        boolean mentor = user.hasAnyRole(Role.MENTOR);
        SideNavItem item = new SideNavItem("My mentoring profile", mentor ? "me/mentor-profile" : "me/mentee-profile",
                VaadinIcon.CLIPBOARD_USER.create());
        if (mentor && user.hasAnyRole(Role.MENTEE)) {
            item.addItem(new SideNavItem("As mentor", "me/mentor-profile"));
            item.addItem(new SideNavItem("As mentee", "me/mentee-profile"));
        }
        return item;
    }

    private void configureNavbar(UserProfile user) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, spacer);
        navbar.setFlexGrow(1, spacer);
        if (user != null && isTenantUser(user)) {
            bell = new NotificationBell();
            navbar.add(bell);
        }
        if (user != null) {
            navbar.add(userBadge(user), signOutButton());
        }
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
    }

    /** Notifications concern a tenant's programmes; a platform operator has none. */
    private static boolean isTenantUser(UserProfile user) {
        return user.hasAnyRole(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER, Role.MENTOR, Role.MENTEE, Role.LEADER);
    }

    private static Component userBadge(UserProfile user) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.setId("current-user");
        name.addClassName("user-name");
        Span tenant = new Span(user.tenantName());
        tenant.setId("current-tenant");
        tenant.addClassName("user-tenant");
        VerticalLayout who = new VerticalLayout(name, tenant);
        who.addClassName("user-who");
        who.setPadding(false);
        who.setSpacing(false);
        HorizontalLayout badge = new HorizontalLayout(avatar, who);
        badge.setAlignItems(FlexComponent.Alignment.CENTER);
        badge.setSpacing(true);
        badge.addClassName("user-badge");
        return badge;
    }

    private Button signOutButton() {
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> signOut());
        signOut.setId("sign-out");
        // On a phone only the icon shows (styles/console.css); the name stays for screen readers.
        signOut.setAriaLabel("Sign out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }

    private void signOut() {
        try {
            ConsoleSession.current().signOut();
        } catch (ApiUnavailable unreachable) {
            LOG.warn("Signed out locally; the API could not revoke the refresh token: {}", unreachable.toString());
        }
        UI ui = UI.getCurrent();
        ui.getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PageTitle title = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
        viewTitle.setText(title == null ? "" : title.value().replace(" | " + PRODUCT, ""));
        if (bell != null) {
            bell.refreshCount();
        }
    }
}
