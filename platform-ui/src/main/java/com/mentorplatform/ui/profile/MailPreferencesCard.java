package com.mentorplatform.ui.profile;

import com.mentorplatform.client.model.MailPreferencesResponse;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.Collection;

/** Which mails the person gets: one box per kind that can reach them, saved as it is ticked. */
class MailPreferencesCard extends Card {

    MailPreferencesCard(ProfileClient client, Collection<Role> roles) {
        setId("mail-preferences");
        MailPreferencesResponse preferences = client.mailPreferences();
        add(new H3("E-mail"));
        if (!preferences.getMailEnabled()) {
            add(Hint.note("Your organisation has not set up e-mail yet; these choices apply once it has."));
        }
        for (String kind : MailKindLabels.forRoles(preferences.getKinds().keySet(), roles)) {
            Checkbox box = new Checkbox(MailKindLabels.of(kind), preferences.getKinds().get(kind));
            box.setId("mail-" + kind);
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    client.switchMail(kind, change.getValue());
                }
            });
            add(new Div(box));
        }
        add(Hint.note("Every e-mail also has a link that switches its kind off without signing in."));
    }
}
