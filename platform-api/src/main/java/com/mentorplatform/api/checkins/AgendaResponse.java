package com.mentorplatform.api.checkins;

import com.mentorplatform.api.roadmaps.AgendaItem;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A suggested agenda for the pair's next check-in: the mentee's running experiments and milestones
 * due within 30 days (or overdue), the open actions of earlier check-ins, and all of it as text ready
 * to go into a check-in's {@code agenda}.
 */
@Serdeable
record AgendaResponse(List<AgendaItem> items, List<ActionResponse> openActions, String text) {
}
