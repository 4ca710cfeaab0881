package com.mentorplatform.ui.personaldata;

import com.mentorplatform.client.model.ErasureResponse;
import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.kit.BackgroundExport;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/**
 * A tenant admin's data-protection requests for one person: export everything the platform holds about them, or
 * erase them. Raises {@link ErasedEvent} once an erasure went through, so the screen can show the pseudonymised
 * person. Offer it to tenant admins only; the API refuses anyone else.
 */
public class PersonalDataActions extends Div {

    private final PersonalDataClient client;
    private final Div exportSlot = new Div();
    final Button erase = new Button("Erase this person…", VaadinIcon.ERASER.create());
    private PersonResponse person;

    public PersonalDataActions(ApiClient api) {
        this.client = new PersonalDataClient(api);
        setId("person-data");
        addClassName("person-data");
        erase.setId("erase-person");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> new ErasureDialog(client, person, this::erased).open());
        add(new H4("Export"), Hint.note("A ZIP of everything the platform holds about this person, as they would get "
                + "it themselves: profile and history, pairs, roadmaps, check-ins, journal, evidence files, "
                + "notifications, survey answers."), exportSlot,
                new H4("Erasure"), Hint.note("The right to be forgotten: removes this person's own records and "
                        + "pseudonymises the rest. It cannot be undone."), erase);
    }

    /** Shows the actions for {@code shown}, forgetting an export followed for someone else. */
    public void show(PersonResponse shown) {
        person = shown;
        exportSlot.removeAll();
        exportSlot.add(new BackgroundExport("person-data-export", client.exportOf(shown.getId().toString()),
                new BackgroundExport.Words("Export this person's data", "Preparing the export…",
                        "The export is ready.", "Preparing the export failed.",
                        "Download " + shown.getDisplayName() + "'s data (ZIP)", "person-data-")));
    }

    private void erased(ErasureResponse erasure) {
        fireEvent(new ErasedEvent(this, erasure));
    }

    public Registration addErasedListener(ComponentEventListener<ErasedEvent> listener) {
        return addListener(ErasedEvent.class, listener);
    }

    /** A person was erased; {@link #erasure()} counts what went. */
    public static final class ErasedEvent extends ComponentEvent<PersonalDataActions> {
        private final transient ErasureResponse erasure;

        ErasedEvent(PersonalDataActions source, ErasureResponse erasure) {
            super(source, false);
            this.erasure = erasure;
        }

        public ErasureResponse erasure() {
            return erasure;
        }
    }
}
