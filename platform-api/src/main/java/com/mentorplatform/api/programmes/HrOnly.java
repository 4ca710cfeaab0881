package com.mentorplatform.api.programmes;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Programme data is HR's: controllers already admit only HR roles, and services check again so a
 * future caller cannot skip it.
 */
public final class HrOnly {

    private HrOnly() {
    }

    /** Throws a 403 unless the caller is a TENANT_ADMIN or PROGRAMME_MANAGER. */
    public static void require(Caller caller) {
        if (!caller.isHr()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role", null, List.of());
        }
    }
}
