package com.mentorplatform.api.sweep;

import java.sql.Array;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One id of each kind of object a route can name, taken from a tenant's rows. Each kind is chosen
 * relative to some mentees: either one of theirs where there is one (so that a foreign id leads as
 * deep into a route as an id can), or one that is not theirs (for checks within a tenant).
 *
 * <p>The kinds are named as the routes name them: the path segment before an {@code {id}}
 * ({@code /api/check-ins/{id}}) or the prefix of a named variable ({@code {cohortId}}).
 */
final class ObjectIds {

    /** Per kind: its id and whether it belongs to the mentees ({@code ?} is their ids, as uuid[]). */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("people", "SELECT id, id = ANY(?) FROM people");
        KINDS.put("pairs", "SELECT id, mentee_id = ANY(?) FROM pairs");
        KINDS.put("cohorts", "SELECT c.id, EXISTS (SELECT 1 FROM pairs p WHERE p.tenant_id = c.tenant_id "
                + "AND p.cohort_id = c.id AND p.mentee_id = ANY(?)) FROM cohorts c");
        KINDS.put("programmes", "SELECT g.id, EXISTS (SELECT 1 FROM cohorts c JOIN pairs p ON p.tenant_id = c.tenant_id "
                + "AND p.cohort_id = c.id WHERE c.tenant_id = g.tenant_id AND c.programme_id = g.id "
                + "AND p.mentee_id = ANY(?)) FROM programmes g");
        KINDS.put("participants", "SELECT cp.id, EXISTS (SELECT 1 FROM pairs p WHERE p.tenant_id = cp.tenant_id "
                + "AND p.cohort_id = cp.cohort_id AND p.mentee_id = cp.person_id AND p.mentee_id = ANY(?)) "
                + "FROM cohort_participants cp");
        KINDS.put("matching-runs", "SELECT r.id, EXISTS (SELECT 1 FROM pairs p WHERE p.tenant_id = r.tenant_id "
                + "AND p.cohort_id = r.cohort_id AND p.mentee_id = ANY(?)) FROM matching_runs r");
        KINDS.put("proposals", "SELECT id, mentee_id = ANY(?) FROM matching_proposals");
        KINDS.put("roadmaps", "SELECT id, mentee_id = ANY(?) FROM roadmaps");
        KINDS.put("milestones", "SELECT m.id, r.mentee_id = ANY(?) FROM milestones m "
                + "JOIN roadmaps r ON r.tenant_id = m.tenant_id AND r.id = m.roadmap_id");
        KINDS.put("experiments", "SELECT x.id, r.mentee_id = ANY(?) FROM experiments x "
                + "JOIN roadmaps r ON r.tenant_id = x.tenant_id AND r.id = x.roadmap_id");
        KINDS.put("check-ins", "SELECT c.id, p.mentee_id = ANY(?) FROM check_ins c "
                + "JOIN pairs p ON p.tenant_id = c.tenant_id AND p.id = c.pair_id");
        KINDS.put("check-in-actions", "SELECT a.id, p.mentee_id = ANY(?) FROM check_in_actions a "
                + "JOIN check_ins c ON c.tenant_id = a.tenant_id AND c.id = a.check_in_id "
                + "JOIN pairs p ON p.tenant_id = c.tenant_id AND p.id = c.pair_id");
        KINDS.put("sponsorship-flags", "SELECT id, mentee_id = ANY(?) FROM sponsorship_flags");
        KINDS.put("journal", "SELECT id, mentee_id = ANY(?) FROM journal_entries");
        KINDS.put("evidence", "SELECT id, mentee_id = ANY(?) FROM evidence");
        KINDS.put("notifications", "SELECT id, person_id = ANY(?) FROM notifications");
        KINDS.put("calendar", "SELECT id, cardinality(?::uuid[]) >= 0 FROM calendar_events");
        KINDS.put("competencies", "SELECT id, cardinality(?::uuid[]) >= 0 FROM competencies");
        KINDS.put("role-profiles", "SELECT id, cardinality(?::uuid[]) >= 0 FROM role_profiles");
        KINDS.put("imports", "SELECT id, cardinality(?::uuid[]) >= 0 FROM people_imports");
        KINDS.put("scim-tokens", "SELECT id, cardinality(?::uuid[]) >= 0 FROM scim_tokens");
        KINDS.put("data-exports", "SELECT id, person_id = ANY(?) FROM data_exports");
        KINDS.put("surveys", "SELECT id, person_id = ANY(?) FROM survey_invitations");
    }

    /** Other names routes and request fields use for the kinds above (a field {@code mentorId} names a person). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("mentee", "people"), Map.entry("mentor", "people"),
            Map.entry("manager", "people"), Map.entry("owner", "people"), Map.entry("author", "people"),
            Map.entry("preferredMentor", "people"), Map.entry("avoidedPerson", "people"), Map.entry("entity", "people"),
            Map.entry("pair", "pairs"), Map.entry("cohort", "cohorts"), Map.entry("programme", "programmes"),
            Map.entry("participant", "participants"), Map.entry("run", "matching-runs"),
            Map.entry("matchingRun", "matching-runs"), Map.entry("proposal", "proposals"),
            Map.entry("roadmap", "roadmaps"), Map.entry("milestone", "milestones"),
            Map.entry("experiment", "experiments"), Map.entry("checkIn", "check-ins"),
            Map.entry("action", "check-in-actions"), Map.entry("flag", "sponsorship-flags"),
            Map.entry("entry", "journal"), Map.entry("journalEntry", "journal"),
            Map.entry("notification", "notifications"), Map.entry("event", "calendar"),
            Map.entry("calendarEvent", "calendar"), Map.entry("competency", "competencies"),
            Map.entry("roleProfile", "role-profiles"), Map.entry("targetRole", "role-profiles"),
            Map.entry("import", "imports"), Map.entry("Users", "people"), Map.entry("dataExport", "data-exports"),
            Map.entry("survey", "surveys"));

    private final Map<String, UUID> ids;

    private ObjectIds(Map<String, UUID> ids) {
        this.ids = ids;
    }

    /** Every kind of object a route may name, as the sweeps call them. */
    static Set<String> kinds() {
        return Collections.unmodifiableSet(KINDS.keySet());
    }

    /** For each kind, one of these mentees' objects where they have one, else any. */
    static ObjectIds preferring(UUID tenantId, UUID... mentees) {
        return pick(tenantId, "ORDER BY owned DESC, id", mentees);
    }

    /** For each kind, an object that is not these mentees' (kinds where all are theirs have none). */
    static ObjectIds avoiding(UUID tenantId, UUID... mentees) {
        return pick(tenantId, "WHERE NOT owned ORDER BY id", mentees);
    }

    private static ObjectIds pick(UUID tenantId, String choice, UUID... mentees) {
        Map<String, UUID> picked = new LinkedHashMap<>();
        TenantRows.asApp(tenantId, connection -> {
            Array menteeIds = connection.createArrayOf("uuid", mentees);
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                UUID id = TenantRows.first(connection, "SELECT id FROM (" + kind.getValue() + ") AS k (id, owned) "
                        + choice + " LIMIT 1", menteeIds);
                if (id != null) {
                    picked.put(kind.getKey(), id);
                }
            }
        });
        return new ObjectIds(picked);
    }

    /** Only the ids of these kinds: a sweep then skips routes that name any other kind. */
    ObjectIds onlyOf(Set<String> kinds) {
        Map<String, UUID> kept = new LinkedHashMap<>(ids);
        kept.keySet().retainAll(kinds);
        return new ObjectIds(kept);
    }

    /** The same ids with one kind's replaced. */
    ObjectIds with(String kind, UUID id) {
        Map<String, UUID> changed = new LinkedHashMap<>(ids);
        changed.put(kind, id);
        return new ObjectIds(changed);
    }

    /** The kind a path segment or a route or field name stands for, if the sweep knows it. */
    static Optional<String> kindOf(String name) {
        String singular = name.replaceFirst("Ids?$", "");
        if (KINDS.containsKey(singular)) {
            return Optional.of(singular);
        }
        return Optional.ofNullable(ALIASES.get(singular));
    }

    Optional<UUID> id(String kind) {
        return Optional.ofNullable(ids.get(kind));
    }

    Map<String, UUID> all() {
        return ids;
    }
}
