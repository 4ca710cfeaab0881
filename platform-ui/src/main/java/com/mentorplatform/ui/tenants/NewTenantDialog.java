package com.mentorplatform.ui.tenants;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.shell.FormProblems;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.stream.Stream;

/** Collects a new tenant and its first admin; raises {@link CreateEvent} and shows the API's violations. */
class NewTenantDialog extends Dialog {

    final TextField slug = new TextField("Slug");
    final TextField name = new TextField("Name");
    final TextField adminEmail = new TextField("First admin's email");
    final TextField adminDisplayName = new TextField("First admin's display name");
    final PasswordField adminPassword = new PasswordField("First admin's password");
    final Button create = new Button("Create tenant");
    private final FormProblems problems = new FormProblems(Map.of("slug", slug, "name", name,
            "adminEmail", adminEmail, "adminDisplayName", adminDisplayName, "adminPassword", adminPassword));

    NewTenantDialog() {
        setHeaderTitle("New tenant");
        setWidth("32em");
        configureFields();
        FormLayout form = new FormLayout(problems.box(), slug, name, adminEmail, adminDisplayName, adminPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button("Cancel", click -> close());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> fireEvent(new CreateEvent(this, tenant())));
        getFooter().add(cancel, create);
    }

    private void configureFields() {
        slug.setHelperText("Lower-case letters, digits and dashes; people type it to sign in");
        Stream.of(slug, name, adminEmail, adminDisplayName).forEach(field -> field.setRequiredIndicatorVisible(true));
        adminPassword.setRequiredIndicatorVisible(true);
    }

    void openEmpty() {
        Stream.of(slug, name, adminEmail, adminDisplayName).forEach(TextField::clear);
        adminPassword.clear();
        problems.clear();
        open();
    }

    void showProblem(ApiProblem apiProblem) {
        problems.show(apiProblem);
    }

    private NewTenant tenant() {
        return new NewTenant(slug.getValue().strip(), name.getValue().strip(), adminEmail.getValue().strip(),
                adminDisplayName.getValue().strip(), adminPassword.getValue());
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** The operator asked to create the tenant. */
    static final class CreateEvent extends ComponentEvent<NewTenantDialog> {
        private final transient NewTenant tenant;

        CreateEvent(NewTenantDialog source, NewTenant tenant) {
            super(source, false);
            this.tenant = tenant;
        }

        NewTenant tenant() {
            return tenant;
        }
    }
}
