package com.mentorplatform.ui.api;

import java.time.LocalDate;

/**
 * A person of the tenant's directory. The HR fields ({@code level}, manager, {@code hiredOn},
 * {@code leftOn}) are null for callers the API does not treat as HR.
 */
public record Person(
        String id,
        String email,
        String displayName,
        String department,
        String location,
        String jobTitle,
        PersonStatus status,
        Integer level,
        String managerId,
        String managerName,
        LocalDate hiredOn,
        LocalDate leftOn) {

    /** Whether the person has left the organisation. */
    public boolean hasLeft() {
        return status == PersonStatus.LEFT;
    }
}
