/**
 * Anonymity of leader reports: primary suppression of cells below the threshold k and
 * complementary suppression until no hidden cell can be worked out, by any linear combination,
 * from every figure a leader can request for the same population.
 */
package com.mentorplatform.analytics.anonymity;
