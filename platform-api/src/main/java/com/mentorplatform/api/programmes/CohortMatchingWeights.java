package com.mentorplatform.api.programmes;

import com.mentorplatform.analytics.matching.MatchingWeights;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The matching weights a cohort will use, named as in the analytics module's {@link MatchingWeights}.
 * Each weight lies in [0, 1] with at most four decimals; a weight or flag left out takes its default.
 */
@Serdeable
@Introspected
public record CohortMatchingWeights(
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal gapCoverage,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal seniority,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal department,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal language,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal timeZone,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal interests,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal preference,
        @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal availability,
        @Nullable Boolean favourSameDepartment,
        @Nullable Boolean requireSharedLanguage) {

    /** The analytics module's defaults: cross-functional pairs, no required shared language. */
    public static CohortMatchingWeights defaults() {
        MatchingWeights d = MatchingWeights.defaults();
        return new CohortMatchingWeights(decimal(d.gapCoverage()), decimal(d.seniority()), decimal(d.department()),
                decimal(d.language()), decimal(d.timeZone()), decimal(d.interests()), decimal(d.preference()),
                decimal(d.availability()),
                d.departmentPreference() == MatchingWeights.DepartmentPreference.SAME_DEPARTMENT, false);
    }

    /** This, with every field left out taken from {@link #defaults()}. */
    CohortMatchingWeights withDefaults() {
        CohortMatchingWeights d = defaults();
        return new CohortMatchingWeights(or(gapCoverage, d.gapCoverage), or(seniority, d.seniority),
                or(department, d.department), or(language, d.language), or(timeZone, d.timeZone),
                or(interests, d.interests), or(preference, d.preference), or(availability, d.availability),
                or(favourSameDepartment, d.favourSameDepartment), or(requireSharedLanguage, d.requireSharedLanguage));
    }

    /** These weights with every field the override sets taken from it instead. */
    public CohortMatchingWeights overriddenBy(CohortMatchingWeights o) {
        return new CohortMatchingWeights(or(o.gapCoverage, gapCoverage), or(o.seniority, seniority),
                or(o.department, department), or(o.language, language), or(o.timeZone, timeZone),
                or(o.interests, interests), or(o.preference, preference), or(o.availability, availability),
                or(o.favourSameDepartment, favourSameDepartment), or(o.requireSharedLanguage, requireSharedLanguage));
    }

    /** The analytics module's weights; call on a complete set (every field present). */
    public MatchingWeights toMatchingWeights() {
        return new MatchingWeights(gapCoverage.doubleValue(), seniority.doubleValue(), department.doubleValue(),
                language.doubleValue(), timeZone.doubleValue(), interests.doubleValue(), preference.doubleValue(),
                availability.doubleValue(), Boolean.TRUE.equals(favourSameDepartment)
                        ? MatchingWeights.DepartmentPreference.SAME_DEPARTMENT
                        : MatchingWeights.DepartmentPreference.CROSS_FUNCTIONAL);
    }

    /** Matching needs something to score by: a complete set of weights must not be all zero. */
    public boolean anyPositive() {
        return java.util.stream.Stream.of(gapCoverage, seniority, department, language, timeZone, interests,
                preference, availability).anyMatch(w -> w.signum() > 0);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static BigDecimal decimal(double weight) {
        return BigDecimal.valueOf(weight).setScale(4, RoundingMode.HALF_UP);
    }
}
