package com.mentorplatform.api.sweep;

import com.mentorplatform.api.demo.SeededDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same net inside one tenant, over every route that names someone's individual records: a mentee
 * reaches only their own, a mentor only their own mentees' shared ones, a leader none; nobody but its
 * author sees a private journal entry or a private note, whatever list or record they read.
 */
class WithinTenantSweepTest {

    private static final Logger LOG = LoggerFactory.getLogger(WithinTenantSweepTest.class);

    /** The kinds of individual records: a person's growth plan and what happens in their pair. */
    private static final Set<String> INDIVIDUAL = Set.of("pairs", "roadmaps", "milestones", "experiments", "journal",
            "evidence", "check-ins", "check-in-actions", "sponsorship-flags");

    /** What is one person's own: their inbox and their survey invitations. */
    private static final Set<String> PERSONAL = Set.of("notifications", "surveys");

    /**
     * The kinds reached by role rather than by owner (the people directory, programme and matching data, the
     * framework, the calendar, HR's imports and tokens, a tenant admin's personal-data exports): each feature's
     * permission tests and the cross-tenant sweep cover them. Every kind {@link ObjectIds} knows is in exactly one of the three sets, so a new kind
     * cannot join the sweeps without someone deciding whose it is.
     */
    private static final Set<String> BY_ROLE = Set.of("people", "cohorts", "programmes", "participants",
            "matching-runs", "proposals", "calendar", "competencies", "role-profiles", "imports", "scim-tokens",
            "data-exports");

    /**
     * Ids of individual records of mentees outside the reach (the first eight {@code ?} but the fifth, a uuid[]),
     * private journal entries by anyone but the caller (the fifth), and what is personal to anyone but the caller
     * (the last two).
     */
    private static final String NOT_THEIRS = """
            SELECT id FROM roadmaps WHERE NOT mentee_id = ANY(?)
            UNION ALL SELECT m.id FROM milestones m JOIN roadmaps r ON r.tenant_id = m.tenant_id AND r.id = m.roadmap_id
                WHERE NOT r.mentee_id = ANY(?)
            UNION ALL SELECT x.id FROM experiments x JOIN roadmaps r ON r.tenant_id = x.tenant_id AND r.id = x.roadmap_id
                WHERE NOT r.mentee_id = ANY(?)
            UNION ALL SELECT id FROM journal_entries WHERE NOT mentee_id = ANY(?) OR (NOT shared AND mentee_id <> ?)
            UNION ALL SELECT id FROM evidence WHERE NOT mentee_id = ANY(?)
            UNION ALL SELECT c.id FROM check_ins c JOIN pairs p ON p.tenant_id = c.tenant_id AND p.id = c.pair_id
                WHERE NOT p.mentee_id = ANY(?)
            UNION ALL SELECT a.id FROM check_in_actions a JOIN check_ins c ON c.tenant_id = a.tenant_id AND c.id = a.check_in_id
                JOIN pairs p ON p.tenant_id = c.tenant_id AND p.id = c.pair_id WHERE NOT p.mentee_id = ANY(?)
            UNION ALL SELECT id FROM notifications WHERE person_id <> ?
            UNION ALL SELECT id FROM survey_invitations WHERE person_id <> ?
            """;
    /** Private notes by others than {@code ?} that the caller ({@code ?}) never wrote the same words as. */
    private static final String OTHERS_NOTES = """
            SELECT DISTINCT note FROM check_in_private_notes WHERE author_id <> ?
            AND note NOT IN (SELECT note FROM check_in_private_notes WHERE author_id = ?)
            """;

    static SeededDemo tenant;
    static List<ApiRoute> routes;

    @BeforeAll
    static void seed() {
        tenant = SweepTenants.get().a;
        routes = ApiRoute.all().stream().filter(route -> !route.global()).toList();
    }

    @Test
    void a_mentee_reaches_no_other_mentees_records_and_no_one_elses_private_words() {
        UUID mentee = SweepTenants.person(tenant, "mentee");

        assertThat(sweepAs("mentee", mentee, Set.of(mentee), union(INDIVIDUAL, PERSONAL))).isEmpty();
    }

    @Test
    void a_mentor_reaches_only_their_own_mentees_records_and_never_their_private_entries() {
        UUID mentor = SweepTenants.person(tenant, "mentor");
        Set<UUID> mentees = menteesOf(mentor);
        assertThat(mentees).as("the demo mentor's mentees").isNotEmpty();
        UUID privateEntry = first("SELECT id FROM journal_entries WHERE mentee_id = ANY(?) AND NOT shared ORDER BY id", mentees);
        assertThat(privateEntry).as("a private journal entry of one of the mentor's mentees").isNotNull();

        List<String> findings = sweepAs("mentor", mentor, mentees, union(INDIVIDUAL, PERSONAL));
        Sweep ownMenteesPrivate = new Sweep(ObjectIds.preferring(tenant.tenantId(), mentees.toArray(UUID[]::new))
                .onlyOf(Set.of("journal")).with("journal", privateEntry), foreignTo(mentor, mentees));
        for (ApiRoute route : routes) {
            if (Sweep.kinds(route).equals(Set.of("journal"))) {
                ownMenteesPrivate.request(route, true).ifPresent(request ->
                        ownMenteesPrivate.send(request, caller("mentor"), true));
            }
        }
        assertThat(ownMenteesPrivate.requests()).as("requests naming the private entry").isPositive();
        findings.addAll(ownMenteesPrivate.findings());

        assertThat(findings).isEmpty();
    }

    @Test
    void a_leader_reaches_no_individual_record_and_no_persons_file() {
        UUID leader = SweepTenants.person(tenant, "leader");
        Set<String> kinds = union(INDIVIDUAL, PERSONAL);
        kinds.add("people");

        assertThat(sweepAs("leader", leader, Set.of(leader), kinds)).isEmpty();
    }

    @Test
    void every_kind_of_object_the_sweeps_know_is_individual_personal_or_reached_by_role() {
        List<String> classified = new ArrayList<>(INDIVIDUAL);
        classified.addAll(PERSONAL);
        classified.addAll(BY_ROLE);

        assertThat(classified).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ObjectIds.kinds());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Sends, as the demo login {@code who}: every route naming only records of {@code kinds}, with records
     * outside {@code reach} (there must be one of each kind), which must be refused; then every read, of lists and of the caller's own
     * records, none of which may show a record outside their reach or someone else's private words.
     */
    private static List<String> sweepAs(String who, UUID person, Set<UUID> reach, Set<String> kinds) {
        Sweep.Caller caller = caller(who);
        Set<UUID> reachAndSelf = new HashSet<>(reach);
        reachAndSelf.add(person);
        Foreign foreign = foreignTo(person, reach);
        Sweep others = new Sweep(ObjectIds.avoiding(tenant.tenantId(), reachAndSelf.toArray(UUID[]::new)).onlyOf(kinds),
                foreign);
        for (ApiRoute route : routes) {
            if (route.namesObjects() && kinds.containsAll(Sweep.kinds(route))) {
                others.request(route, true).ifPresent(request -> others.send(request, caller, true));
            }
        }
        Sweep own = new Sweep(ObjectIds.preferring(tenant.tenantId(), reach.toArray(UUID[]::new)), foreign);
        for (ApiRoute route : routes) {
            if (!route.writes()) {
                own.request(route, false).ifPresent(request -> own.send(request, caller, false));
            }
        }
        LOG.info("Sweep as {} within the tenant: {} requests naming others' records, {} reads; {} ids and {} notes "
                + "the caller must not see", who, others.requests(), own.requests(), foreign.ids().size(), foreign.markers().size());
        assertThat(others.requests()).as("requests naming others' records").isPositive();
        assertThat(foreign.ids()).as("others' records in the tenant").isNotEmpty();
        List<String> findings = new ArrayList<>(others.findings());
        findings.addAll(own.findings());
        return findings;
    }

    private static Sweep.Caller caller(String who) {
        return new Sweep.Caller(who, SweepTenants.login(tenant.login(who)));
    }

    private static Foreign foreignTo(UUID person, Set<UUID> reach) {
        Set<UUID> ids = new HashSet<>();
        List<String> notes = new ArrayList<>();
        TenantRows.asApp(tenant.tenantId(), connection -> {
            Array reachable = connection.createArrayOf("uuid", reach.toArray());
            try (var select = connection.prepareStatement(NOT_THEIRS)) {
                for (int i = 1; i <= 8; i++) {
                    select.setArray(i, reachable);
                }
                for (int i : new int[] {5, 9, 10}) {
                    select.setObject(i, person);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            try (var select = connection.prepareStatement(OTHERS_NOTES)) {
                select.setObject(1, person);
                select.setObject(2, person);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(rows.getString(1));
                    }
                }
            }
        });
        return new Foreign(ids, notes);
    }

    private static Set<UUID> menteesOf(UUID mentor) {
        Set<UUID> mentees = new HashSet<>();
        TenantRows.asApp(tenant.tenantId(), connection -> {
            try (var select = connection.prepareStatement("SELECT mentee_id FROM pairs WHERE mentor_id = ?")) {
                select.setObject(1, mentor);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        mentees.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return mentees;
    }

    private static UUID first(String sql, Set<UUID> ids) {
        AtomicReference<UUID> found = new AtomicReference<>();
        TenantRows.asApp(tenant.tenantId(), connection ->
                found.set(TenantRows.first(connection, sql, connection.createArrayOf("uuid", ids.toArray()))));
        return found.get();
    }
}
