/**
 * The matching workbench of one cohort: tune the weights, run the optimiser with its progress, read and adjust
 * its proposals (reasons, score breakdown, swaps, manual assignments), accept them, and look after the pairs.
 */
package com.mentorplatform.ui.matching;
