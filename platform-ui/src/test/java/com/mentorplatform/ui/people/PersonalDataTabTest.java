package com.mentorplatform.ui.people;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.kit.BackgroundExport;
import com.mentorplatform.ui.personaldata.PersonalDataActions;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.BackgroundExports;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tenant admin's export and erasure of someone else's data, on the People screen, against the running API. */
@ExtendWith(RunningPlatform.class)
class PersonalDataTabTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_tenant_admin_exports_a_persons_data_and_is_offered_the_zip() throws Exception {
        PeopleView view = openAsAdminOf("acme");
        PersonResponse person = newPerson("Ezra Export");
        select(view, person);
        BackgroundExport export = _get(BackgroundExport.class);

        _click(export.request);
        BackgroundExports.awaitDownload(export, "person-data-export-download");

        assertThat(export.status.getText()).isEqualTo("The export is ready.");
        assertThat(_get(Anchor.class, spec -> spec.withId("person-data-export-download")).getText())
                .isEqualTo("Download Ezra Export's data (ZIP)");
    }

    /** Erasures happen in globex: acme's directory is checked elsewhere to hold acme addresses only. */
    @Test
    void erasing_asks_for_the_email_again_and_then_shows_the_pseudonymised_person() {
        PeopleView view = openAsAdminOf("globex");
        PersonResponse person = newPerson("Elsa Erasable");
        select(view, person);

        _click(_get(Button.class, spec -> spec.withId("erase-person")));
        Button erase = _get(Button.class, spec -> spec.withId("erasure-confirm"));
        TextField confirmation = _get(TextField.class, spec -> spec.withId("erasure-confirmation"));
        boolean enabledAtFirst = erase.isEnabled();
        _setValue(confirmation, "someone.else@globex.example");
        boolean enabledForAnotherAddress = erase.isEnabled();
        _setValue(confirmation, " " + person.getEmail().toUpperCase() + " ");
        _click(erase);

        assertThat(enabledAtFirst).isFalse();
        assertThat(enabledForAnotherAddress).isFalse();
        assertThat(_find(Dialog.class, spec -> spec.withId("erasure-dialog"))).isEmpty();
        assertThat(view.form.displayName.getValue()).isEqualTo("Erased person");
        assertThat(view.form.email.getValue()).endsWith("@erased.invalid");
        _setValue(view.search, "Elsa Erasable");
        assertThat(_findAll(view.grid)).isEmpty();
    }

    @Test
    void what_the_api_refuses_is_shown_in_the_dialog_and_nothing_is_erased() {
        PeopleView view = openAsAdminOf("globex");
        PersonResponse person = newPerson("Carl Changed");
        select(view, person);
        _click(_get(Button.class, spec -> spec.withId("erase-person")));
        new PeopleClient(ConsoleSession.current().api()).update(person.getId().toString(),
                new PersonPatch().set("email", "carl." + UUID.randomUUID() + "@globex.example"));

        TextField confirmation = _get(TextField.class, spec -> spec.withId("erasure-confirmation"));
        _setValue(confirmation, person.getEmail());
        _click(_get(Button.class, spec -> spec.withId("erasure-confirm")));

        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).contains("e-mail");
        assertThat(_find(Dialog.class, spec -> spec.withId("erasure-dialog"))).hasSize(1);
        assertThat(new PeopleClient(ConsoleSession.current().api()).person(person.getId().toString()).getDisplayName())
                .isEqualTo("Carl Changed");
    }

    @Test
    void a_programme_manager_who_is_not_a_tenant_admin_is_offered_neither() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "manager@acme.example");
        UI.getCurrent().navigate(PeopleView.class);
        PeopleView view = _get(PeopleView.class);

        view.grid.select(_get(view.grid, 5));

        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.personalDataTab).isNull();
        assertThat(_find(PersonalDataActions.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("erase-person"))).isEmpty();
    }

    private static PeopleView openAsAdminOf(String tenant) {
        KaribuConsole.start();
        KaribuConsole.signIn(tenant, "admin@" + tenant + ".example");
        UI.getCurrent().navigate(PeopleView.class);
        return _get(PeopleView.class);
    }

    private static PersonResponse newPerson(String name) {
        String domain = ConsoleSession.current().user().orElseThrow().email().replaceFirst(".*@", "@");
        return new PeopleClient(ConsoleSession.current().api()).create(new PersonChange(
                name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + domain, name, "Sales",
                "Lisbon", "Account Executive", 3, null, LocalDate.of(2022, 2, 1), null));
    }

    private static void select(PeopleView view, PersonResponse person) {
        _setValue(view.search, person.getEmail());
        view.grid.select(_get(view.grid, 0));
        view.panel.setSelectedTab(view.panel.personalDataTab);
    }
}
