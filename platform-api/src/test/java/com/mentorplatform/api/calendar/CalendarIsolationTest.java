package com.mentorplatform.api.calendar;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's calendar events behave exactly like events that do not exist. */
class CalendarIsolationTest {

    static String acmeHr;
    static String globexHr;
    static UUID acmeEvent;

    @BeforeAll
    static void createTwoTenants() {
        acmeHr = TestTenant.create("Calendar Isolation Acme").admin().token();
        globexHr = TestTenant.create("Calendar Isolation Globex").admin().token();
        acmeEvent = FrameworkFixtures.calendarEvent(acmeHr, "Acme promotions");
    }

    @Test
    void another_tenants_event_is_the_same_404_as_a_missing_one_on_read_update_and_delete() {
        String foreign = "/api/calendar/" + acmeEvent;
        String missing = "/api/calendar/" + UUID.randomUUID();

        assertSame404(Http.get(foreign, globexHr), Http.get(missing, globexHr));
        assertSame404(Http.patch(foreign, globexHr, Map.of("name", "Hijacked")), Http.patch(missing, globexHr, Map.of("name", "Hijacked")));
        assertSame404(Http.delete(foreign, globexHr), Http.delete(missing, globexHr));
        assertThat(Http.get(foreign, acmeHr).string("name")).isEqualTo("Acme promotions");
    }

    @Test
    void the_calendar_lists_only_the_callers_tenant() {
        assertThat(Http.get("/api/calendar", globexHr).text()).doesNotContain("Acme promotions");
    }

    private static void assertSame404(Http.Response foreign, Http.Response missing) {
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
    }
}
