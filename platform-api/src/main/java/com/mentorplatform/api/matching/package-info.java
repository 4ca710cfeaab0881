/**
 * Matching runs for a cohort: the optimiser works in the background and stores explained proposals
 * and unmatched mentees; HR then accepts, swaps or assigns by hand, and accepted proposals become pairs.
 */
package com.mentorplatform.api.matching;
