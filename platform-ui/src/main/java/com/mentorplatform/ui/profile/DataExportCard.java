package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.kit.BackgroundExport;
import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.personaldata.PersonalDataClient;
import com.vaadin.flow.component.html.H3;

/**
 * Everything the platform holds about the person, as a ZIP they can download: asked for here, made in the background,
 * watched by polling until it is ready.
 */
class DataExportCard extends Card {

    final BackgroundExport export;

    DataExportCard(PersonalDataClient client) {
        setId("data-export");
        export = new BackgroundExport("data-export", client.ownExport(), new BackgroundExport.Words(
                "Prepare a copy of my data", "Preparing your copy…", "Your copy is ready.",
                "Preparing your copy failed.", "Download my data (ZIP)", "my-data-"));
        add(new H3("My data"), Hint.note("A ZIP of everything the platform holds about you: your profile and its "
                + "history, pairs, roadmaps, check-ins, journal, evidence files, notifications, survey answers."),
                export);
    }
}
