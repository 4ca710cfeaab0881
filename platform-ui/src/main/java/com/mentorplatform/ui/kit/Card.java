package com.mentorplatform.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A bordered card on the page's background (class {@code card}): one check-in, pair, piece of evidence, journal
 * entry or mentee. {@link #mute()} greys one that no longer counts, such as a cancelled check-in.
 */
public class Card extends Div {

    public Card(Component... content) {
        super(content);
        addClassName("card");
    }

    /** Greys the card: what it shows no longer counts (cancelled, archived). */
    public void mute() {
        addClassName("muted");
    }
}
