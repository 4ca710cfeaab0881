package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.framework.FrameworkClient;
import java.util.List;

/**
 * What the roadmap page's dialogs offer to pick from (role profiles, competencies, calendar events), read from
 * the API the first time a dialog needs it and kept for the page's life; a reader who never edits never loads it.
 */
final class Lookups {

    private static final int CALENDAR_MONTHS = 24;

    private final FrameworkClient framework;
    private final RoadmapClient roadmaps;
    private List<RoleProfileResponse> roles;
    private List<CompetencyResponse> competencies;
    private List<CalendarEventResponse> calendar;

    Lookups(ApiClient api, RoadmapClient roadmaps) {
        this.framework = new FrameworkClient(api);
        this.roadmaps = roadmaps;
    }

    List<RoleProfileResponse> roles() {
        if (roles == null) {
            roles = framework.roleProfiles();
        }
        return roles;
    }

    List<CompetencyResponse> competencies() {
        if (competencies == null) {
            competencies = framework.competencies();
        }
        return competencies;
    }

    /** The organisational events of the next two years, to align a due date with. */
    List<CalendarEventResponse> calendar() {
        if (calendar == null) {
            calendar = roadmaps.calendarAhead(CALENDAR_MONTHS);
        }
        return calendar;
    }
}
