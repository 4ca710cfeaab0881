package com.mentorplatform.ui.journal;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search hit's snippet with the matching words highlighted. The API sends HTML-escaped text with the matches
 * in {@code <mark>}; it is turned back into plain text pieces here, so nothing in an entry is ever rendered as
 * HTML.
 */
class Snippet extends Paragraph {

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    Snippet(String marked) {
        addClassName("journal-snippet");
        addClassName("prose");
        Matcher match = MARK.matcher(marked);
        int shown = 0;
        while (match.find()) {
            add(new Text(unescaped(marked.substring(shown, match.start()))));
            Span hit = new Span(unescaped(match.group(1)));
            hit.addClassName("journal-hit");
            add(hit);
            shown = match.end();
        }
        add(new Text(unescaped(marked.substring(shown))));
    }

    /** The three entities the API escapes, {@code &amp;} last so that an escaped entity stays as written. */
    static String unescaped(String escaped) {
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The text as shown, highlights included. */
    String text() {
        return getElement().getTextRecursively();
    }
}
