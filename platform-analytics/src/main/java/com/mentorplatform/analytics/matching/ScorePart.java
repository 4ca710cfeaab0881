package com.mentorplatform.analytics.matching;

/**
 * One part of a pair's score.
 *
 * @param component    which part
 * @param value        the part's value in [0, 1]
 * @param weight       the cohort's normalised weight of this part (weights add up to 1)
 * @param contribution {@code value * weight}: what the part adds to the score
 */
public record ScorePart(ScoreComponent component, double value, double weight, double contribution) {
}
