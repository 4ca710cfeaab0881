package com.mentorplatform.api.security;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * HR's data (programmes, cohorts, analytics) is for HR roles: controllers already admit only them, and services
 * check again so a future caller cannot skip it.
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
