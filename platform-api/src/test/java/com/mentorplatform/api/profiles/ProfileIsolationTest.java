package com.mentorplatform.api.profiles;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's person behaves exactly like a person who does not exist, on every profile route. */
class ProfileIsolationTest {

    static UUID acmePerson;
    static String acmeHr;
    static String globexHr;
    static UUID globexCompetency;

    @BeforeAll
    static void createTwoTenants() {
        TestTenant acme = TestTenant.create("Profile Isolation Acme");
        TestTenant globex = TestTenant.create("Profile Isolation Globex");
        acmeHr = acme.admin().token();
        globexHr = globex.admin().token();
        UUID acmeCompetency = FrameworkFixtures.competency(acmeHr, "Acme skill");
        acmePerson = acme.person("Acme Mentor", "Engineering");
        Http.put("/api/people/" + acmePerson + "/mentor-profile", acmeHr, FrameworkFixtures.mentorProfileBody(acmeCompetency, 4));
        Http.put("/api/people/" + acmePerson + "/mentee-profile", acmeHr,
                FrameworkFixtures.menteeProfileBody(null, acmeCompetency, List.of(), List.of()));
        globexCompetency = FrameworkFixtures.competency(globexHr, "Globex skill");
    }

    @Test
    void reading_another_tenants_profiles_is_the_same_404_as_a_missing_person() {
        for (String kind : List.of("mentor-profile", "mentee-profile")) {
            Http.Response foreign = Http.get("/api/people/" + acmePerson + "/" + kind, globexHr);
            Http.Response missing = Http.get("/api/people/" + UUID.randomUUID() + "/" + kind, globexHr);

            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.text()).isEqualTo(missing.text());
        }
    }

    @Test
    void replacing_another_tenants_profiles_is_a_404_and_changes_nothing() {
        Http.Response mentor = Http.put("/api/people/" + acmePerson + "/mentor-profile", globexHr,
                FrameworkFixtures.mentorProfileBody(globexCompetency, 1));
        Http.Response missingMentor = Http.put("/api/people/" + UUID.randomUUID() + "/mentor-profile", globexHr,
                FrameworkFixtures.mentorProfileBody(globexCompetency, 1));
        Http.Response mentee = Http.put("/api/people/" + acmePerson + "/mentee-profile", globexHr,
                FrameworkFixtures.menteeProfileBody(null, globexCompetency, List.of(), List.of()));

        assertThat(mentor.status()).isEqualTo(404);
        assertThat(mentor.text()).isEqualTo(missingMentor.text());
        assertThat(mentee.status()).isEqualTo(404);
        assertThat(Http.get("/api/people/" + acmePerson + "/mentor-profile", acmeHr).json().get("competencies")
                .get(0).get("competencyName").getStringValue()).isEqualTo("Acme skill");
        assertThat(Http.get("/api/people/" + acmePerson + "/mentee-profile", acmeHr).json().get("competencies")
                .get(0).get("competencyName").getStringValue()).isEqualTo("Acme skill");
    }
}
