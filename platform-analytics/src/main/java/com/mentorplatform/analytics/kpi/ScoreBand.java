package com.mentorplatform.analytics.kpi;

import java.util.List;

/**
 * Bands of the match score (0..1), to see whether a better score goes with a pair that lasts. A score on
 * a bound belongs to the band above it: 0.5 is in "0.5–0.6".
 */
public enum ScoreBand {
    BELOW_HALF("<0.5"),
    HALF("0.5–0.6"),
    SIX_TENTHS("0.6–0.7"),
    SEVEN_TENTHS("0.7–0.8"),
    EIGHT_TENTHS_AND_ABOVE("0.8+");

    /**
     * The lower bounds of every band but the first, ascending, as PostgreSQL's
     * {@code width_bucket(score, ARRAY[...])} takes them: it answers the band's {@link #ordinal()}.
     */
    public static final List<Double> BOUNDS = List.of(0.5, 0.6, 0.7, 0.8);

    private final String label;

    ScoreBand(String label) {
        this.label = label;
    }

    /** The band as screens and exports show it, e.g. "0.6–0.7". */
    public String label() {
        return label;
    }

    /** The band a score falls in. */
    public static ScoreBand of(double score) {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("A match score lies between 0 and 1: " + score);
        }
        int index = 0;
        while (index < BOUNDS.size() && score >= BOUNDS.get(index)) {
            index++;
        }
        return values()[index];
    }

    /** The band of a {@code width_bucket} answer over {@link #BOUNDS}. */
    public static ScoreBand ofBucket(int bucket) {
        return values()[bucket];
    }

    /** {@link #BOUNDS} as an array. */
    public static double[] bounds() {
        return BOUNDS.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@link #BOUNDS} as text, for binding as a SQL array parameter ({@code CAST(:bounds AS float8[])}). */
    public static String[] sqlBounds() {
        return BOUNDS.stream().map(Object::toString).toArray(String[]::new);
    }
}
