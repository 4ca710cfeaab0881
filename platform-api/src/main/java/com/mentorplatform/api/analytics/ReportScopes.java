package com.mentorplatform.api.analytics;

import com.mentorplatform.analytics.kpi.InvalidPeriod;
import com.mentorplatform.analytics.kpi.PeriodWindow;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.programmes.ProgrammeScopes;
import com.mentorplatform.api.security.Caller;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Turns a report's query parameters into a checked scope: HR only, a valid period, the tenant's own ids. */
@Singleton
class ReportScopes {

    private final ProgrammeScopes programmeScopes;
    private final Clock clock;

    ReportScopes(ProgrammeScopes programmeScopes, Clock clock) {
        this.programmeScopes = programmeScopes;
        this.clock = clock;
    }

    /** Checks the role and the period; the ids are checked by {@link #requireKnown} inside the transaction. */
    ReportScope of(Caller caller, @Nullable UUID programmeId, @Nullable UUID cohortId, @Nullable LocalDate from,
                   @Nullable LocalDate to) {
        HrOnly.require(caller);
        try {
            PeriodWindow period = PeriodWindow.of(from, to, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            return new ReportScope(caller.tenantId(), programmeId, cohortId, period, clock.instant());
        } catch (InvalidPeriod e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    /** A 404 when the programme or cohort is not the tenant's, or the cohort not the programme's. */
    void requireKnown(ReportScope scope) {
        programmeScopes.require(scope.tenantId(), scope.programmeId(), scope.cohortId());
    }
}
