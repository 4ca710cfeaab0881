package com.mentorplatform.api.calendar;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.testing.FrameworkFixtures.calendarBody;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarApiTest {

    static TestTenant tenant;
    static String hr;

    @BeforeAll
    static void createCalendar() {
        tenant = TestTenant.create("Calendar Co");
        hr = tenant.admin().token();
        Http.post("/api/calendar", hr, calendarBody("Spring promotions", "2027-03-01", "2027-03-31"));
        Http.post("/api/calendar", hr, Map.of("kind", "BUDGET_CYCLE", "name", "Budget 2028",
                "startsOn", "2027-09-01", "endsOn", "2027-11-30"));
        Http.post("/api/calendar", hr, Map.of("kind", "PERFORMANCE_REVIEW", "name", "Year-end review",
                "startsOn", "2027-12-01", "endsOn", "2027-12-15"));
    }

    @Test
    void a_range_returns_the_events_overlapping_it_in_date_order() {
        TestTenant own = TestTenant.create("Calendar Range Co");
        String token = own.admin().token();
        Http.post("/api/calendar", token, Map.of("kind", "BUDGET_CYCLE", "name", "Budget 2028",
                "startsOn", "2027-09-01", "endsOn", "2027-11-30"));
        Http.post("/api/calendar", token, calendarBody("Spring promotions", "2027-03-01", "2027-03-31"));
        Http.post("/api/calendar", token, calendarBody("Too early", "2027-01-01", "2027-03-30"));
        Http.post("/api/calendar", token, calendarBody("Too late", "2027-10-02", "2027-10-03"));

        JsonNode events = Http.get("/api/calendar?from=2027-03-31&to=2027-10-01", token).json();

        assertThat(names(events)).containsExactly("Spring promotions", "Budget 2028");
        assertThat(events.get(1).get("kind").getStringValue()).isEqualTo("BUDGET_CYCLE");
    }

    @Test
    void without_a_range_every_event_is_listed() {
        assertThat(names(Http.get("/api/calendar", hr).json()))
                .contains("Spring promotions", "Budget 2028", "Year-end review");
    }

    @Test
    void hr_moves_an_event_with_a_patch_and_deletes_another_both_audited() {
        UUID moved = FrameworkFixtures.calendarEvent(hr, "Movable");
        UUID deleted = FrameworkFixtures.calendarEvent(hr, "Deletable");

        Http.Response patched = Http.patch("/api/calendar/" + moved, hr, Map.of("endsOn", "2027-04-15"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.string("endsOn")).isEqualTo("2027-04-15");
        assertThat(patched.string("startsOn")).isEqualTo("2027-03-01");
        assertThat(Http.delete("/api/calendar/" + deleted, hr).status()).isEqualTo(204);
        assertThat(Http.get("/api/calendar/" + deleted, hr).status()).isEqualTo(404);
        assertThat(Http.get("/api/audit?entityType=calendar_event&entityId=" + moved, hr).text())
                .contains("calendar_event.created", "calendar_event.updated");
        assertThat(Http.get("/api/audit?entityType=calendar_event&entityId=" + deleted, hr).text())
                .contains("calendar_event.deleted");
    }

    @Test
    void an_event_ending_before_it_starts_is_refused_naming_ends_on() {
        Http.Response created = Http.post("/api/calendar", hr, calendarBody("Backwards", "2027-05-10", "2027-05-01"));
        UUID id = FrameworkFixtures.calendarEvent(hr, "Patched backwards");
        Http.Response patched = Http.patch("/api/calendar/" + id, hr, Map.of("endsOn", "2027-01-01"));

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.text()).contains("\"field\":\"endsOn\"");
        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.text()).contains("\"field\":\"endsOn\"");
        assertThat(Http.get("/api/calendar/" + id, hr).string("endsOn")).isEqualTo("2027-03-31");
        assertThat(Http.get("/api/calendar", hr).text()).doesNotContain("Backwards");
    }

    @Test
    void an_unknown_kind_a_bad_date_and_a_missing_name_are_refused_naming_the_field() {
        Http.Response kind = Http.post("/api/calendar", hr, Map.of("kind", "PARTY", "name", "Party",
                "startsOn", "2027-01-01", "endsOn", "2027-01-02"));
        Http.Response date = Http.post("/api/calendar", hr, Map.of("kind", "OTHER", "name", "Bad date",
                "startsOn", "2027-02-30", "endsOn", "2027-03-02"));
        Http.Response name = Http.post("/api/calendar", hr, Map.of("kind", "OTHER",
                "startsOn", "2027-01-01", "endsOn", "2027-01-02"));

        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.text()).contains("\"field\":\"kind\"");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.text()).contains("\"field\":\"startsOn\"");
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.text()).contains("\"field\":\"name\"");
    }

    @Test
    void a_range_ending_before_it_starts_is_refused_naming_to() {
        Http.Response response = Http.get("/api/calendar?from=2027-05-01&to=2027-04-01", hr);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"to\"");
    }

    @Test
    void every_tenant_role_reads_the_calendar_leaders_included() {
        for (Role role : new Role[] {Role.MENTOR, Role.MENTEE, Role.LEADER, Role.PROGRAMME_MANAGER}) {
            assertThat(Http.get("/api/calendar?from=2027-01-01", tenant.user(role).token()).status())
                    .as(role.name()).isEqualTo(200);
        }
    }

    @Test
    void only_hr_changes_the_calendar() {
        UUID id = FrameworkFixtures.calendarEvent(hr, "Protected");
        for (Role role : new Role[] {Role.MENTOR, Role.MENTEE, Role.LEADER}) {
            String token = tenant.user(role).token();

            assertThat(Http.post("/api/calendar", token, calendarBody("By " + role, "2027-01-01", "2027-01-02")).status())
                    .isEqualTo(403);
            assertThat(Http.patch("/api/calendar/" + id, token, Map.of("name", "Changed")).status()).isEqualTo(403);
            assertThat(Http.delete("/api/calendar/" + id, token).status()).isEqualTo(403);
        }
        assertThat(Http.post("/api/calendar", tenant.user(Role.PROGRAMME_MANAGER).token(),
                calendarBody("By a manager", "2027-01-01", "2027-01-02")).status()).isEqualTo(201);
    }

    @Test
    void the_operator_never_reads_a_tenants_calendar() {
        assertThat(Http.get("/api/calendar", TestUser.operator().token()).status()).isEqualTo(403);
    }

    private static List<String> names(JsonNode events) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            names.add(events.get(i).get("name").getStringValue());
        }
        return names;
    }
}
