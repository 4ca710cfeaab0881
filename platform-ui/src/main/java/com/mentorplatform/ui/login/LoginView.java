package com.mentorplatform.ui.login;

import com.mentorplatform.client.model.SignInOptions;
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
import com.vaadin.flow.component.html.Anchor;
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
import java.util.Map;
import java.util.Optional;

/** Sign-in for every role; on success the user lands on the start screen of their roles. */
@Route("login")
@PageTitle("Sign in | Mentoring Platform")
@PublicRoute
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Wrong tenant, email or password";
    static final String PASSWORD_LOGIN_OFF =
            "Your organisation signs in with its company account: use \u201cSign in with your company account\u201d.";

    private final TextField tenant = new TextField("Tenant");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final Button signIn = new Button("Sign in");
    final Anchor companySignIn = new Anchor("", "Sign in with your company account");
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
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        first(query, "tenant").ifPresent(slug -> {
            tenant.setValue(slug);
            learnSignIn();
        });
        first(query, "company-sign-in").map(CompanySignInRefusals::message).ifPresent(this::showError);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    /**
     * Asks the API how the tenant (or the e-mail's organisation) signs in, and offers that: the company button,
     * the password form, or both. A tenant the API does not know looks like one with passwords only.
     */
    private void learnSignIn() {
        if (tenant.isEmpty() && !email.getValue().contains("@")) {
            return;
        }
        try {
            SignInOptions options = ConsoleSession.current().api().signInOptions(tenant.getValue(), email.getValue());
            if (tenant.isEmpty() && options.getTenant() != null) {
                tenant.setValue(options.getTenant());
            }
            boolean company = Boolean.TRUE.equals(options.getCompanySignIn()) && options.getCompanySignInPath() != null;
            companySignIn.setVisible(company);
            if (company) {
                companySignIn.setHref(ConsoleSession.current().api().forBrowser(options.getCompanySignInPath()));
            }
            boolean passwords = !Boolean.FALSE.equals(options.getPasswordSignIn());
            password.setVisible(passwords);
            signIn.setVisible(passwords);
        } catch (ApiProblem | ApiUnavailable notNow) {
            companySignIn.setVisible(false);
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
        companySignIn.setId("login-company");
        companySignIn.addClassName("company-sign-in");
        // a full page load: the browser goes to the API, then to the company's identity provider
        companySignIn.setRouterIgnore(true);
        companySignIn.setVisible(false);
        companySignIn.setWidthFull();
        tenant.addValueChangeListener(change -> learnSignIn());
        email.addValueChangeListener(change -> {
            if (tenant.isEmpty()) {
                learnSignIn();
            }
        });
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
        VerticalLayout card = new VerticalLayout(logo, product, subtitle, error, tenant, email, password, signIn,
                companySignIn);
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
        if (problem.type().endsWith("/password-login-off")) {
            return PASSWORD_LOGIN_OFF;
        }
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
