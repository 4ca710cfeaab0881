package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;

import java.util.Map;

/** Which mails the person gets: one box per kind, saved as it is ticked. */
class MailPreferencesCard extends Card {

    MailPreferencesCard(ProfileClient client) {
        setId("mail-preferences");
        ProfileClient.MailPreferences preferences = client.mailPreferences();
        add(new H3("E-mail"));
        if (!preferences.mailEnabled()) {
            add(Hint.note("Your organisation has not set up e-mail yet; these choices apply once it has."));
        }
        preferences.kinds().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> {
            Checkbox box = new Checkbox(MailKindLabels.of(kind.getKey()), kind.getValue());
            box.setId("mail-" + kind.getKey());
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    client.switchMail(kind.getKey(), change.getValue());
                }
            });
            add(box);
        });
        add(Hint.note("Every e-mail also has a link that switches its kind off without signing in."));
    }
}
