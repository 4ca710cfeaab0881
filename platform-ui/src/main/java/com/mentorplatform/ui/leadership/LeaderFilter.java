package com.mentorplatform.ui.leadership;

import com.mentorplatform.client.model.LeaderOptionsNamed;
import com.mentorplatform.client.model.LeaderOptionsNamedCohort;
import java.util.Map;

/** The one optional filter of a leader table: a programme, a cohort or a start year (all null: everyone). */
record LeaderFilter(String label, String programmeId, String cohortId, Integer year) {

    static final LeaderFilter EVERYONE = new LeaderFilter("Everyone", null, null, null);

    static LeaderFilter programme(LeaderOptionsNamed programme) {
        return new LeaderFilter("Programme: " + programme.getName(), programme.getId().toString(), null, null);
    }

    static LeaderFilter cohort(LeaderOptionsNamedCohort cohort) {
        return new LeaderFilter("Cohort: " + cohort.getName(), null, cohort.getId().toString(), null);
    }

    static LeaderFilter year(int year) {
        return new LeaderFilter("Started in " + year, null, null, year);
    }

    /** The query parameters of the filter (empty values are left out of the query). */
    Map<String, String> parameters() {
        return Map.of("programmeId", programmeId == null ? "" : programmeId,
                "cohortId", cohortId == null ? "" : cohortId,
                "year", year == null ? "" : String.valueOf(year));
    }

    /** The board report takes a programme or a year; a cohort filter reports on everyone. */
    Map<String, String> reportParameters() {
        return Map.of("programmeId", programmeId == null ? "" : programmeId,
                "year", year == null ? "" : String.valueOf(year));
    }
}
