package com.mentorplatform.api.retention;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.csv.Tabular;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Retention of participants against their matched comparison group: the curves month by month (null past the
 * longest follow-up), the 6-, 12- and 24-month points with the difference, the log-rank test, what matching
 * dropped, and promotion and mobility rates. Shown with its caveat: an association, not a cause.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RetentionReport(Instant asOf, String caveat, Arm participants, Arm comparison, Matching matching,
                       List<CurvePoint> curve, List<Horizon> horizons,
                       @Nullable @Schema(type = "object") LogRank logRank,
                       List<Outcomes> promotion) implements Tabular {

    @Override
    public List<CsvTable<?>> tables() {
        return List.of(new CsvTable<>("curve", CurvePoint.class, curve),
                new CsvTable<>("horizons", Horizon.class, horizons),
                new CsvTable<>("promotion", Outcomes.class, promotion));
    }

    @Serdeable
    record Arm(int people, int leavers) {
    }

    @Serdeable
    record Matching(int strata, int strataDropped, int participantsDropped) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CurvePoint(int month, @Nullable Double participants, @Nullable Double participantsLower,
                      @Nullable Double participantsUpper, @Nullable Double comparison, @Nullable Double comparisonLower,
                      @Nullable Double comparisonUpper) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Horizon(int months, @Nullable Double participants, @Nullable Double participantsLower,
                   @Nullable Double participantsUpper, int participantsAtRisk, @Nullable Double comparison,
                   @Nullable Double comparisonLower, @Nullable Double comparisonUpper, int comparisonAtRisk,
                   @Nullable Double difference, @Nullable Double differenceLower, @Nullable Double differenceUpper) {
    }

    @Serdeable
    record LogRank(double chiSquare, double pValue) {
    }

    /** Among people whose horizon has passed (leavers included): the share promoted and the share who moved. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Outcomes(int months, @Nullable Double participantsRate, int participantsEligible,
                    @Nullable Double comparisonRate, int comparisonEligible, @Nullable Double mobilityParticipantsRate,
                    @Nullable Double mobilityComparisonRate) {
    }
}
