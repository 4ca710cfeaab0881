package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.api.UserProfile;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.personaldata.PersonalDataClient;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import java.util.List;

/**
 * Shows the signed-in user as the API knows them ({@code GET /api/me}), and their own settings: which mails they get,
 * their calendar link, and a copy of their data.
 */
@Route(value = "profile", layout = MainLayout.class)
@PageTitle("My profile | Mentoring Platform")
public class ProfileView extends VerticalLayout {

    private static final String CARD_WIDTH = "40em";

    final UserProfile profile;

    public ProfileView() {
        profile = ConsoleSession.current().api().me();
        setPadding(true);
        ProfileClient client = new ProfileClient(ConsoleSession.current().api());
        add(card());
        for (Card settings : List.of(new MailPreferencesCard(client, profile.roles()), new CalendarFeedCard(client),
                new DataExportCard(new PersonalDataClient(ConsoleSession.current().api())))) {
            settings.setWidthFull();
            settings.setMaxWidth(CARD_WIDTH);
            add(settings);
        }
    }

    private Card card() {
        Avatar avatar = new Avatar(profile.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        H2 name = new H2(profile.displayName());
        name.setId("profile-name");
        name.addClassName("flush");
        Span email = new Span(profile.email());
        email.setId("profile-email");
        email.addClassName("note");
        VerticalLayout identity = new VerticalLayout(name, email);
        identity.setPadding(false);
        identity.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(avatar, identity);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Card card = new Card(header, fact("Organisation", new Span(profile.tenantName())), fact("Roles", roles()));
        card.addClassName("stack");
        card.setWidthFull();
        card.setMaxWidth(CARD_WIDTH);
        return card;
    }

    private HorizontalLayout roles() {
        HorizontalLayout roles = new HorizontalLayout();
        roles.setId("profile-roles");
        roles.setSpacing(true);
        roles.addClassName("wrap");
        for (Role role : profile.roles()) {
            roles.add(Badge.of(role.label(), Badge.Tone.NEUTRAL));
        }
        return roles;
    }

    private static Div fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("field-caption");
        Div fact = new Div(caption, value);
        return fact;
    }
}
