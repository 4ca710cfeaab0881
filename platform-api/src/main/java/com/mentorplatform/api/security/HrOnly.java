package com.mentorplatform.api.security;

import com.mentorplatform.api.problem.ProblemType;

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
            throw ProblemType.FORBIDDEN.exception();
        }
    }
}
