package com.mentorplatform.ui.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class ProfileViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void profile_shows_who_the_user_is_and_their_roles_as_badges() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");

        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_get(H2.class, spec -> spec.withId("profile-name")).getText()).isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withId("profile-email")).getText()).isEqualTo("admin@acme.example");
        HorizontalLayout roles = _get(HorizontalLayout.class, spec -> spec.withId("profile-roles"));
        assertThat(_find(roles, Span.class, spec -> spec.withThemes("badge")))
                .extracting(Span::getText)
                .containsExactlyInAnyOrder("Tenant admin", "Programme manager");
    }
}
