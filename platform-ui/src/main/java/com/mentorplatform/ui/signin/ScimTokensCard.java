package com.mentorplatform.ui.signin;

import com.mentorplatform.client.model.CreatedScimToken;
import com.mentorplatform.client.model.ScimTokenResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Badge;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The tokens an identity provider keeps the directory in step with (SCIM 2.0): when each was last used, a new
 * one (shown once, as the API keeps only its hash), and revoking one.
 */
class ScimTokensCard extends Card {

    private final SignInSettingsClient client;
    final Grid<ScimTokenResponse> grid = new Grid<>(ScimTokenResponse.class, false);
    final TextField name = new TextField("New token for");
    final Button create = new Button("Create token");
    final TextField shownOnce = new TextField("Copy this token now: it is not shown again");
    final TextField baseUrl = new TextField("SCIM base URL (the provider's tenant URL is this API's address + it)");

    ScimTokensCard(SignInSettingsClient client) {
        this.client = client;
        setId("scim-tokens");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(ScimTokenResponse::getName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(token -> Dates.day(token.getCreatedAt())).setHeader("Created");
        grid.addColumn(token -> token.getLastUsedAt() == null ? "Never" : Dates.moment(token.getLastUsedAt()))
                .setHeader("Last used");
        grid.addColumn(new ComponentRenderer<>(this::stateOrRevoke)).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No SCIM tokens yet.");
        name.setPlaceholder("e.g. Entra ID");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        for (TextField field : new TextField[] {shownOnce, baseUrl}) {
            field.setReadOnly(true);
            field.setWidthFull();
            field.setVisible(false);
        }
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("wrap");
        add(new H3("Directory sync (SCIM)"), Hint.note("Your identity provider adds, changes and marks leavers in "
                + "the people directory over SCIM 2.0, with a token made here. Revoke a token the provider no longer "
                + "uses."), grid, form, shownOnce, baseUrl);
        refresh();
    }

    private Component stateOrRevoke(ScimTokenResponse token) {
        if (token.getRevokedAt() != null) {
            return Badge.of("Revoked " + Dates.day(token.getRevokedAt()), Badge.Tone.CONTRAST);
        }
        Button revoke = new Button("Revoke", click -> {
            client.revokeScimToken(token.getId());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void create() {
        try {
            CreatedScimToken created = client.newScimToken(name.getValue().strip());
            shownOnce.setValue(created.getToken());
            baseUrl.setValue(created.getScimBaseUrl());
            shownOnce.setVisible(true);
            baseUrl.setVisible(true);
            name.clear();
            name.setInvalid(false);
            refresh();
        } catch (ApiProblem problem) {
            name.setErrorMessage(problem.violations().isEmpty() ? problem.userMessage()
                    : problem.violations().get(0).message());
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(client.scimTokens());
    }
}
