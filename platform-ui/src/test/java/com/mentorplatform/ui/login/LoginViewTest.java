package com.mentorplatform.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.analytics.AnalyticsView;
import com.mentorplatform.ui.people.PeopleView;
import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.session.Messages;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class LoginViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void admin_signs_in_and_lands_on_programme_analytics() {
        openLogin();

        signInWith("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        assertThat(KaribuConsole.currentView()).isInstanceOf(AnalyticsView.class);
        assertThat(_get(Span.class, spec -> spec.withId("current-tenant")).getText()).isEqualTo("Acme Corporation");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isNotBlank();
    }

    @Test
    void mentor_signs_in_and_lands_on_their_mentees() {
        openLogin();

        signInWith("globex", "mentor@globex.example", RunningPlatform.DEMO_PASSWORD);

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    @Test
    void wrong_password_says_wrong_tenant_email_or_password() {
        openLogin();

        signInWith("acme", "admin@acme.example", "not-the-password");

        assertThat(KaribuConsole.currentView()).isInstanceOf(LoginView.class);
        assertThat(errorShown()).isEqualTo("Wrong tenant, email or password");
    }

    @Test
    void unknown_tenant_gets_the_same_answer_as_a_wrong_password() {
        openLogin();

        signInWith("no-such-tenant", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        assertThat(errorShown()).isEqualTo("Wrong tenant, email or password");
    }

    @Test
    void too_many_attempts_say_how_many_minutes_to_wait() {
        openLogin();
        String email = "guess-" + UUID.randomUUID() + "@acme.example";

        for (int attempt = 0; attempt < 8 && !errorShown().startsWith("Too many"); attempt++) {
            signInWith("acme", email, "guess-" + attempt);
        }

        assertThat(errorShown()).matches("Too many attempts, try again in \\d+ minutes?");
    }

    @Test
    void unreachable_api_is_explained_instead_of_failing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KaribuConsole.start("http://127.0.0.1:" + closedPort);
        UI.getCurrent().navigate(LoginView.class);

        signInWith("acme", "admin@acme.example", RunningPlatform.DEMO_PASSWORD);

        assertThat(errorShown()).isEqualTo(Messages.API_UNAVAILABLE);
    }

    @Test
    void stranger_opening_the_directory_is_sent_to_login() {
        KaribuConsole.start();

        UI.getCurrent().navigate("people");

        assertThat(KaribuConsole.currentView()).isInstanceOf(LoginView.class);
    }

    private static void openLogin() {
        KaribuConsole.start();
        UI.getCurrent().navigate(LoginView.class);
    }

    private static void signInWith(String tenant, String email, String password) {
        _setValue(_get(TextField.class, spec -> spec.withId("login-tenant")), tenant);
        _setValue(_get(EmailField.class, spec -> spec.withId("login-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("login-password")), password);
        _click(_get(Button.class, spec -> spec.withId("login-submit")));
    }

    private static String errorShown() {
        Div error = _get(LoginView.class).error;
        return error.isVisible() ? error.getText() : "";
    }
}
