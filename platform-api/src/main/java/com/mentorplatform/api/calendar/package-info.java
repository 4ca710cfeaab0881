/**
 * The organisational calendar: promotion rounds, budget cycles and review periods that roadmap
 * milestones align to. It holds no individual data, so leaders may read it; HR writes it.
 */
package com.mentorplatform.api.calendar;
