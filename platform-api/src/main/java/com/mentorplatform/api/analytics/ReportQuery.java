package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a period report is asked, bound once for every such route: the scope ({@code programmeId}, {@code cohortId},
 * the period {@code from}..{@code to}) and, answering {@code Accept: text/csv}, which {@code table}.
 */
@Introspected
record ReportQuery(@Nullable @QueryValue UUID programmeId, @Nullable @QueryValue UUID cohortId,
                   @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                   @Nullable @QueryValue String table, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
}
