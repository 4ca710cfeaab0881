/**
 * Anonymity of reports: for one partition and its total (survey results), each part shown from the
 * threshold k up and the total only when it reveals no small group; for leader reports, primary suppression
 * of cells below k and complementary suppression until no hidden cell can be worked out, by any linear
 * combination, from every figure a leader can request for the same population.
 */
package com.mentorplatform.analytics.anonymity;
