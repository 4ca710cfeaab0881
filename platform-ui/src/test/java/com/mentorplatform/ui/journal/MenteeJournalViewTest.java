package com.mentorplatform.ui.journal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.evidence.EvidenceList;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class MenteeJournalViewTest {

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void the_mentor_opens_a_mentee_from_my_mentoring_and_reads_only_shared_entries_and_the_evidence() {
        String mentee = demoMenteeName();
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");
        UI.getCurrent().navigate("me/pairs");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Journal and evidence of " + mentee)));

        MenteeJournalView view = _get(MenteeJournalView.class);
        assertThat(_find(view, JournalEntryCard.class)).isNotEmpty()
                .allSatisfy(card -> assertThat(card.entry().shared()).isTrue())
                .allSatisfy(card -> assertThat(_find(card, Button.class)).isEmpty());
        assertThat(_find(view, EvidenceList.class)).hasSize(1);
    }

    @Test
    void someone_who_is_not_the_mentors_mentee_shows_that_the_journal_is_not_open() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");
        UI.getCurrent().navigate("mentees/" + UUID.randomUUID() + "/journal");

        assertThat(_get(MenteeJournalView.class).getElement().getTextRecursively()).contains("not open to you");
    }

    /** The demo mentee, whom the demo mentor mentors; their journal is the richest. */
    private static String demoMenteeName() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        String name = ConsoleSession.current().user().orElseThrow().displayName();
        KaribuConsole.stop();
        return name;
    }
}
