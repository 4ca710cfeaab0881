package com.mentorplatform.ui.oversight;

/** Which sponsorship flags HR lists: only the open ones, or all of them. */
record FlagQuery(Status status) {

    /** The API's {@code status} filter. */
    enum Status {
        OPEN("Open"), ALL("Open and withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
