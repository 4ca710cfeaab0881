package com.mentorplatform.ui.testing;

import com.mentorplatform.ui.api.ApiClient;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Fresh programmes and cohorts made through the API, so a test never changes the demo cohorts others read. */
public final class TestCohorts {

    private TestCohorts() {}

    /** A new active programme with a unique name; returns its id. */
    public static String programme(ApiClient api, String namePrefix) {
        Map<String, Object> body = Map.of("name", namePrefix + " " + UUID.randomUUID().toString().substring(0, 8),
                "type", "ONE_TO_ONE", "status", "ACTIVE", "goals", "Grow people");
        return (String) api.send("POST", "/api/programmes", body, Map.class).get("id");
    }

    /** A new cohort open for enrolment, of {@code capacity} mentees, in a new programme; returns its id. */
    public static String enrollingCohort(ApiClient api, int capacity) {
        String programme = programme(api, "Test programme");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Cohort " + UUID.randomUUID().toString().substring(0, 8));
        body.put("startsOn", LocalDate.now().plusDays(30).toString());
        body.put("endsOn", LocalDate.now().plusDays(210).toString());
        body.put("checkInCadenceDays", 14);
        body.put("capacity", capacity);
        body.put("status", "ENROLLING");
        return (String) api.send("POST", "/api/programmes/" + programme + "/cohorts", body, Map.class).get("id");
    }
}
