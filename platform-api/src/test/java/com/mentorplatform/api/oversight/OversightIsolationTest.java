package com.mentorplatform.api.oversight;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.WorkspaceRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's pairs, cohorts and flags are 404 on every oversight and sponsorship route, and stay unchanged. */
class OversightIsolationTest {

    static TestTenant victim;
    static UUID cohort;
    static UUID pair;
    static String flag;
    static String attackerAdmin;
    static TestUser attackerMentor;

    @BeforeAll
    static void twoTenants() {
        victim = TestTenant.create("Isolated Victim Co");
        String admin = victim.admin().token();
        TestUser mentor = victim.user(Role.MENTOR);
        cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Victim programme"), 5);
        pair = WorkspaceRows.pair(victim, cohort, mentor.personId(), victim.person("Victim Mentee", "Sales"), "ACTIVE", 3);
        flag = Http.post("/api/pairs/" + pair + "/sponsorship-flags", mentor.token(),
                Map.of("kind", "SPONSORSHIP", "note", "Victim's flag")).string("id");
        TestTenant attacker = TestTenant.create("Isolated Attacker Co");
        attackerAdmin = attacker.admin().token();
        attackerMentor = attacker.user(Role.MENTOR);
    }

    @Test
    void another_tenants_ids_are_404_on_every_route() {
        String flags = "/api/pairs/" + pair + "/sponsorship-flags";

        assertThat(Http.post(flags, attackerMentor.token(), Map.of("kind", "SPONSORSHIP", "note", "Mine now")).status())
                .isEqualTo(404);
        assertThat(Http.get(flags, attackerAdmin).status()).isEqualTo(404);
        assertThat(Http.get(flags, attackerMentor.token()).status()).isEqualTo(404);
        assertThat(Http.post("/api/sponsorship-flags/" + flag + "/withdrawal", attackerAdmin, null).status())
                .isEqualTo(404);
        assertThat(Http.get("/api/sponsorship-flags?cohortId=" + cohort, attackerAdmin).status()).isEqualTo(404);
        assertThat(Http.get("/api/cohorts/" + cohort + "/pair-health", attackerAdmin).status()).isEqualTo(404);
    }

    @Test
    void another_tenants_flags_and_pairs_never_show_in_lists_and_nothing_changed() {
        assertThat(Http.get("/api/sponsorship-flags?status=all", attackerAdmin).text()).doesNotContain(flag);
        assertThat(Http.get("/api/me/mentees", attackerMentor.token()).json().size()).isZero();
        Http.post("/api/sponsorship-flags/" + flag + "/withdrawal", attackerAdmin, null);

        String victimFlags = Http.get("/api/pairs/" + pair + "/sponsorship-flags", victim.admin().token()).text();
        assertThat(victimFlags).contains(flag).contains("\"note\":\"Victim's flag\"").doesNotContain("withdrawnAt\":\"");
    }
}
