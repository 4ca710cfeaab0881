package com.mentorplatform.api.people;

/**
 * The per-tenant advisory lock between directory edits and imports. An import holds it exclusively
 * while it diffs and applies; single edits hold it shared. Key: ({@link #SPACE}, hashtext(tenant id)).
 */
public final class DirectoryLock {

    /** The first key of the two-key advisory lock, reserved for the people directory. */
    public static final int SPACE = 7301;

    private DirectoryLock() {
    }
}
