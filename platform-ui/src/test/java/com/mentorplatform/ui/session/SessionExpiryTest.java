package com.mentorplatform.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.api.SessionExpired;
import com.mentorplatform.ui.api.Tokens;
import com.mentorplatform.ui.login.LoginView;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class SessionExpiryTest {

    @BeforeEach
    void signIn() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "admin@acme.example");
    }

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_screen_opened_after_the_refresh_token_died_sends_the_user_to_login() {
        ConsoleSession.current().tokens.store(new Tokens("expired-access", "revoked-refresh", 900));

        UI.getCurrent().navigate("profile");

        assertThat(KaribuConsole.currentView()).isInstanceOf(LoginView.class);
        assertThat(ConsoleSession.current().isSignedIn()).isFalse();
    }

    @Test
    void a_click_that_finds_the_session_expired_sends_the_user_to_login() {
        new ConsoleErrorHandler().error(new ErrorEvent(new RuntimeException(new SessionExpired())));

        assertThat(KaribuConsole.currentView()).isInstanceOf(LoginView.class);
    }
}
