/**
 * Who needs attention: the mentor's "My mentees" (cards with attention badges, progress and the sponsorship
 * flag dialog), HR's pair health of a cohort and the list of sponsorship flags.
 */
package com.mentorplatform.ui.oversight;
