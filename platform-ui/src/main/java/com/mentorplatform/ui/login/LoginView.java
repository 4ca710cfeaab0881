package com.mentorplatform.ui.login;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.ApiUnavailable;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.Messages;
import com.mentorplatform.ui.session.PublicRoute;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.util.List;

/** Sign-in for every role; on success the user lands on the start screen of their roles. */
@Route("login")
@PageTitle("Sign in | Mentoring Platform")
@PublicRoute
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Wrong tenant, email or password";

    private final TextField tenant = new TextField("Tenant");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final Button signIn = new Button("Sign in");
    final Div error = new Div();

    public LoginView() {
        configurePage();
        configureFields();
        configureError();
        add(card());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ConsoleSession.current().isSignedIn()) {
            event.forwardTo("");
        }
    }

    private void configurePage() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    private void configureFields() {
        tenant.setId("login-tenant");
        tenant.setPlaceholder("e.g. acme");
        tenant.setHelperText("Your organisation's short name");
        tenant.setPrefixComponent(VaadinIcon.BUILDING.create());
        email.setId("login-email");
        email.setPrefixComponent(VaadinIcon.ENVELOPE.create());
        password.setId("login-password");
        password.setPrefixComponent(VaadinIcon.LOCK.create());
        List.<HasSize>of(tenant, email, password).forEach(HasSize::setWidthFull);
        tenant.setAutofocus(true);
        signIn.setId("login-submit");
        signIn.setWidthFull();
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(click -> attemptSignIn());
    }

    private void configureError() {
        error.setId("login-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassNames("banner", "error");
        error.setWidthFull();
        error.setVisible(false);
    }

    private VerticalLayout card() {
        Icon logo = VaadinIcon.ACADEMY_CAP.create();
        logo.setSize("40px");
        logo.addClassName("logo");
        H1 product = new H1("Mentoring Platform");
        Paragraph subtitle = Hint.note("Sign in to your organisation's mentoring console");
        VerticalLayout card = new VerticalLayout(logo, product, subtitle, error, tenant, email, password, signIn);
        card.addClassName("login-card");
        card.setWidth("380px");
        card.setSpacing(false);
        return card;
    }

    private void attemptSignIn() {
        if (tenant.isEmpty() || email.isEmpty() || password.isEmpty()) {
            showError("Enter your tenant, email and password.");
            return;
        }
        try {
            ConsoleSession.current().signIn(tenant.getValue().strip(), email.getValue().strip(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (ApiProblem problem) {
            password.clear();
            showError(messageFor(problem));
        } catch (ApiUnavailable unreachable) {
            showError(Messages.API_UNAVAILABLE);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    static String messageFor(ApiProblem problem) {
        return switch (problem.status()) {
            case 401 -> WRONG_CREDENTIALS;
            case 429 -> tooManyAttempts(problem.retryAfter().orElse(Duration.ofMinutes(1)));
            default -> problem.userMessage();
        };
    }

    static String tooManyAttempts(Duration wait) {
        return "Too many attempts, try again in " + Dates.waitInMinutes(wait);
    }
}
