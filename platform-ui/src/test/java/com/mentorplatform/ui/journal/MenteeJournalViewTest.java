package com.mentorplatform.ui.journal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.evidence.EvidenceList;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
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
    void the_mentor_opens_each_mentee_from_my_mentoring_and_reads_only_shared_entries_and_the_evidence() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");
        UI.getCurrent().navigate("me/pairs");
        int mentees = _find(Button.class, spec -> spec.withClasses("pair-journal")).size();
        List<JournalEntryCard> seen = new ArrayList<>();

        for (int i = 0; i < mentees; i++) {
            UI.getCurrent().navigate("me/pairs");
            _click(_find(Button.class, spec -> spec.withClasses("pair-journal")).get(i));
            MenteeJournalView view = _get(MenteeJournalView.class);
            seen.addAll(_find(view, JournalEntryCard.class));
            assertThat(_find(view, EvidenceList.class)).hasSize(1);
        }

        assertThat(mentees).isPositive();
        assertThat(seen).isNotEmpty().allSatisfy(card -> {
            assertThat(card.entry().getShared()).isTrue();
            assertThat(_find(card, Button.class)).isEmpty();
        });
    }

    @Test
    void someone_who_is_not_the_mentors_mentee_shows_that_the_journal_is_not_open() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentor@acme.example");
        UI.getCurrent().navigate("mentees/" + UUID.randomUUID() + "/journal");

        assertThat(_get(MenteeJournalView.class).getElement().getTextRecursively()).contains("not open to you");
    }
}
