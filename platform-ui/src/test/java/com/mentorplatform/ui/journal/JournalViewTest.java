package com.mentorplatform.ui.journal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningPlatform.class)
class JournalViewTest {

    /** A word no demo entry holds, so searches find only what a test wrote. */
    private final String word = "kestrel" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_new_entry_is_private_with_a_lock_until_the_mentee_shares_it_with_their_mentor() {
        JournalView view = open();
        write(view, "Private " + word, "Only for me: " + word, false);
        JournalEntryCard card = cardTitled("Private " + word);
        assertThat(privacyOf(card)).isEqualTo("Private");
        assertThat(card.getElement().getAttribute("data-shared")).isEqualTo("false");

        _click(_get(card, Button.class, spec -> spec.withText("Share with my mentor")));

        JournalEntryCard shared = cardTitled("Private " + word);
        assertThat(privacyOf(shared)).isEqualTo("Shared with mentor");
        assertThat(shared.getElement().getAttribute("data-shared")).isEqualTo("true");
        _click(_get(shared, Button.class, spec -> spec.withText("Make private")));
        assertThat(privacyOf(cardTitled("Private " + word))).isEqualTo("Private");
    }

    @Test
    void searching_shows_only_matching_entries_with_the_words_highlighted() {
        JournalView view = open();
        write(view, "Retro " + word, "We ran the retro and " + word + " came up twice: " + word, true);
        write(view, "Unrelated " + word.substring(1), "Nothing to find here", false);

        _setValue(view.search, word);

        assertThat(cards()).extracting(card -> card.entry().getTitle()).containsExactly("Retro " + word);
        Snippet snippet = _get(cardTitled("Retro " + word), Snippet.class);
        assertThat(_find(snippet, Span.class, spec -> spec.withClasses("journal-hit")))
                .isNotEmpty().allSatisfy(hit -> assertThat(hit.getText()).isEqualTo(word));

        _setValue(view.search, "nothing" + word);
        assertThat(cards()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("No entries match");
    }

    @Test
    void a_blank_title_is_shown_on_its_field_and_the_form_stays_open() {
        JournalView view = open();
        _click(view.newEntry);
        _setValue(view.form.body, "Some text " + word);
        _click(view.form.save);

        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.form.entryOn.getValue()).isEqualTo(LocalDate.now());
    }

    @Test
    void the_snippet_turns_the_apis_escaped_text_back_into_plain_text() {
        Snippet snippet = new Snippet("a &lt;b&gt; &amp;lt; <mark>hit</mark> end");

        assertThat(snippet.text()).isEqualTo("a <b> &lt; hit end");
        assertThat(_find(snippet, Span.class)).extracting(Span::getText).containsExactly("hit");
    }

    private static JournalView open() {
        KaribuConsole.start();
        KaribuConsole.signIn("acme", "mentee@acme.example");
        UI.getCurrent().navigate("me/journal");
        return _get(JournalView.class);
    }

    private static void write(JournalView view, String title, String body, boolean shared) {
        _click(view.newEntry);
        _setValue(view.form.title, title);
        _setValue(view.form.body, body);
        _setValue(view.form.shared, shared);
        _click(view.form.save);
        assertThat(view.editor.isOpened()).isFalse();
    }

    private static List<JournalEntryCard> cards() {
        return _find(JournalEntryCard.class);
    }

    private static JournalEntryCard cardTitled(String title) {
        return cards().stream().filter(card -> card.entry().getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static String privacyOf(JournalEntryCard card) {
        return _get(card, Span.class, spec -> spec.withClasses("journal-privacy")).getElement().getTextRecursively();
    }
}
