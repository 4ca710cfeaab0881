/**
 * The organisational calendar (promotion rounds, budget cycles, review periods) for every tenant role to read,
 * and for HR to keep up to date.
 */
package com.mentorplatform.ui.calendar;
