package com.mentorplatform.ui.people;

/** A directory search: free text over names and emails, and an optional department; blanks mean "any". */
public record PersonQuery(String text, String department) {

    public static final PersonQuery EVERYONE = new PersonQuery(null, null);

    public PersonQuery {
        text = blankToNull(text);
        department = blankToNull(department);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
