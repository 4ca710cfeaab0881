package com.mentorplatform.api.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixture builders for programmes, cohorts and enrolments, all made through the API. */
public final class TestProgrammes {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private TestProgrammes() {
    }

    /** An ACTIVE one-to-one programme owned by the caller. */
    public static UUID programme(String token, String name) {
        Http.Response created = Http.post("/api/programmes", token,
                Map.of("name", name + " " + SERIAL.incrementAndGet(), "type", "ONE_TO_ONE", "status", "ACTIVE"));
        return idOf(created, 201);
    }

    /** An ENROLLING cohort of the programme, running for the next six months. */
    public static UUID cohort(String token, UUID programmeId, int capacity) {
        Http.Response created = Http.post("/api/programmes/" + programmeId + "/cohorts", token, cohortBody(
                "Cohort " + SERIAL.incrementAndGet(), capacity, "ENROLLING"));
        return idOf(created, 201);
    }

    /** A cohort request body with the given name, capacity and status, a six-month run and 14-day cadence. */
    public static Map<String, Object> cohortBody(String name, int capacity, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("startsOn", LocalDate.now().toString());
        body.put("endsOn", LocalDate.now().plusMonths(6).toString());
        body.put("checkInCadenceDays", 14);
        body.put("capacity", capacity);
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }

    /** Enrols one person and returns the participant id. */
    public static UUID enrol(String token, UUID cohortId, UUID personId, String role) {
        return idOf(Http.post("/api/cohorts/" + cohortId + "/participants", token,
                Map.of("personId", personId.toString(), "role", role)), 201);
    }

    /** Adds a person with every organisational field set; {@code leftOn} may be null. */
    public static UUID person(String token, String slug, String name, String department, String location, int level,
                              LocalDate leftOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "p" + SERIAL.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 6) + "@" + slug + ".test");
        body.put("displayName", name);
        body.put("department", department);
        body.put("location", location);
        body.put("level", level);
        if (leftOn != null) {
            body.put("hiredOn", leftOn.minusYears(2).toString());
            body.put("leftOn", leftOn.toString());
        }
        return idOf(Http.post("/api/people", token, body), 201);
    }

    private static UUID idOf(Http.Response response, int expected) {
        if (response.status() != expected) {
            throw new IllegalStateException("Fixture call failed with " + response.status() + ": " + response.text());
        }
        return UUID.fromString(response.string("id"));
    }
}
