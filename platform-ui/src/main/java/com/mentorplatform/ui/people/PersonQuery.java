package com.mentorplatform.ui.people;

import com.mentorplatform.ui.kit.Texts;

/** A directory search: free text over names and emails, and an optional department; blanks mean "any". */
public record PersonQuery(String text, String department) {

    public static final PersonQuery EVERYONE = new PersonQuery(null, null);

    public PersonQuery {
        text = Texts.blankToNull(text);
        department = Texts.blankToNull(department);
    }
}
