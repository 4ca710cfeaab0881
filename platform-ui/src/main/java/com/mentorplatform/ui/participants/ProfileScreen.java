package com.mentorplatform.ui.participants;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A profile screen: whose profile it is, when it was last saved, and the form. It is built once the route says
 * whose profile to show ({@link #owner}); the form's save event comes back here to call the API.
 *
 * @param <P> the profile as the API shows it
 */
abstract class ProfileScreen<P> extends VerticalLayout implements BeforeEnterObserver {

    static final String PERSON_ID = "personId";

    final ParticipantsClient client = new ParticipantsClient(ConsoleSession.current().api());
    final H2 heading = new H2();
    final Span lastSaved = Hint.of("");
    private final String kind;
    private ProfileOwner owner;

    ProfileScreen(String kind) {
        this.kind = kind;
        setPadding(true);
        heading.addClassName("flush");
        lastSaved.setId(kind + "-profile-saved");
        lastSaved.addClassName("block");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        owner = ownerFrom(event.getRouteParameters())
                .orElseThrow(() -> new NotFoundException("No such person"));
        removeAll();
        heading.setText(owner.title(kind));
        if (!owner.isMe()) {
            add(backToPeople());
        }
        Div title = new Div(heading, lastSaved);
        add(title, form());
        show(load(owner));
    }

    /** Whose profile the route names; the signed-in user's own unless a subclass reads a person from the route. */
    Optional<ProfileOwner> ownerFrom(RouteParameters parameters) {
        return Optional.of(ProfileOwner.me());
    }

    /** The person named by the route's {@code personId}, for HR's routes. */
    final Optional<ProfileOwner> personFrom(RouteParameters parameters) {
        return parameters.get(PERSON_ID).flatMap(client::person).map(ProfileOwner::person);
    }

    abstract ProfileForm form();

    abstract P load(ProfileOwner whose);

    abstract void show(P profile);

    /** Calls the API through {@code save}; on success shows what was stored, else the problems on the form. */
    final void save(Supplier<P> save) {
        try {
            show(save.get());
            Toast.done("Profile saved");
        } catch (ApiProblem problem) {
            form().showProblem(problem);
        }
    }

    final ProfileOwner owner() {
        return owner;
    }

    /** Says when the profile was last saved, or that there is none yet. */
    final void showSavedAt(OffsetDateTime updatedAt) {
        lastSaved.setText(updatedAt == null ? "Not filled in yet: the form starts empty."
                : "Last saved " + Dates.momentWithZone(updatedAt.toInstant()));
    }

    private static Component backToPeople() {
        Button back = new Button("People", VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> back.getUI().ifPresent(ui -> ui.navigate("people")));
        return back;
    }
}
