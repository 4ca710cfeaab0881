package com.mentorplatform.ui.profile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.kit.BackgroundExport;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.BackgroundExports;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person's own settings on the profile page, driven against the running API. */
@ExtendWith(RunningPlatform.class)
class ProfileSettingsTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_mentor_switches_a_mail_kind_off_and_back_on_and_is_offered_only_the_kinds_that_reach_a_mentor() {
        KaribuConsole.start();
        KaribuConsole.signIn("globex", "mentor@globex.example");
        UI.getCurrent().navigate(ProfileView.class);
        Checkbox overdue = _get(Checkbox.class, spec -> spec.withId("mail-PAIR_OVERDUE"));

        _setValue(overdue, false);
        boolean afterOff = client().mailPreferences().getKinds().get("PAIR_OVERDUE");
        _setValue(overdue, true);

        assertThat(overdue.getLabel()).isEqualTo("Our check-ins fall behind the cohort's rhythm");
        assertThat(afterOff).isFalse();
        assertThat(client().mailPreferences().getKinds().get("PAIR_OVERDUE")).isTrue();
        assertThat(_find(Checkbox.class, spec -> spec.withId("mail-MILESTONE_REACHED"))).hasSize(1);
        assertThat(_find(Checkbox.class, spec -> spec.withId("mail-WEEKLY_DIGEST"))).as("for programme managers")
                .isEmpty();
    }

    @Test
    void a_programme_manager_is_offered_the_weekly_digest_and_no_mail_only_a_pair_gets() {
        KaribuConsole.start();
        KaribuConsole.signIn("globex", "admin@globex.example");
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_get(Checkbox.class, spec -> spec.withId("mail-WEEKLY_DIGEST")).getLabel())
                .isEqualTo("Weekly digest of my programmes");
        assertThat(_find(Checkbox.class, spec -> spec.withId("mail-PAIR_ACTIVE"))).isEmpty();
    }

    @Test
    void a_calendar_link_is_shown_once_made_and_hidden_once_stopped() {
        KaribuConsole.start();
        KaribuConsole.signIn("globex", "mentee@globex.example");
        UI.getCurrent().navigate(ProfileView.class);
        CalendarFeedCard card = _get(CalendarFeedCard.class);

        _click(card.create);
        String link = card.link.getValue();
        boolean shown = card.link.isVisible();
        _click(card.revoke);

        assertThat(shown).isTrue();
        assertThat(link).contains("/api/calendar-feeds/").endsWith(".ics");
        assertThat(card.link.isVisible()).isFalse();
        assertThat(card.link.getValue()).isEmpty();
    }

    @Test
    void a_copy_of_my_data_is_prepared_in_the_background_and_then_offered_for_download() throws Exception {
        KaribuConsole.start();
        KaribuConsole.signIn("globex", "mentee@globex.example");
        UI.getCurrent().navigate(ProfileView.class);
        BackgroundExport export = _get(DataExportCard.class).export;

        _click(export.request);
        String whilePreparing = export.status.getText();
        BackgroundExports.awaitDownload(export, "data-export-download");

        assertThat(whilePreparing).isIn("Preparing your copy…", "Your copy is ready.");
        assertThat(_get(Span.class, spec -> spec.withId("data-export-status")).getText()).isEqualTo("Your copy is ready.");
        assertThat(_get(Anchor.class, spec -> spec.withId("data-export-download")).getText())
                .isEqualTo("Download my data (ZIP)");
        assertThat(export.request.isEnabled()).isTrue();
    }

    private static ProfileClient client() {
        return new ProfileClient(ConsoleSession.current().api());
    }
}
