package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A private link that puts the person's check-ins in their calendar program. The API shows a link only when it is
 * made, so the field stays empty until then; making a new one or stopping it ends the old one.
 */
class CalendarFeedCard extends Card {

    private final ProfileClient client;
    final TextField link = new TextField("Subscribe to this link in your calendar program");
    final Button create = new Button("Make a calendar link");
    final Button revoke = new Button("Stop my calendar link");

    CalendarFeedCard(ProfileClient client) {
        this.client = client;
        setId("calendar-feed");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> show(client.newCalendarFeed()));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(click -> stop());
        HorizontalLayout actions = new HorizontalLayout(create, revoke);
        actions.addClassName("wrap");
        add(new H3("Calendar"), Hint.note("Your check-ins, kept up to date in Outlook, Google or Apple Calendar. "
                + "Keep the link to yourself: anyone who has it sees your check-ins' times and names."), link, actions);
    }

    private void show(String url) {
        link.setValue(url);
        link.setVisible(true);
        create.setText("Make a new link (the old one stops)");
    }

    private void stop() {
        client.revokeCalendarFeed();
        link.clear();
        link.setVisible(false);
        create.setText("Make a calendar link");
    }
}
