package com.mentorplatform.api.personaldata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export holds: one JSON file per kind of record, each read by one query that yields one JSON
 * object per row. Every query starts from {@link #ME} (the tenant and the person, bound as its two
 * parameters) and names the tenant in each join. Only the person's own words are included: their
 * private notes, never another author's; an account's password hash never.
 */
final class ExportSections {

    /** The two bound parameters every section starts from: tenant id, then person id. */
    static final String ME = "WITH me AS (SELECT CAST(? AS uuid) AS tenant_id, CAST(? AS uuid) AS person_id) ";

    /** Their pairs, as mentor or as mentee. */
    private static final String PAIRS = """
            my_pairs AS (SELECT p.* FROM me JOIN pairs p ON p.tenant_id = me.tenant_id
                      AND me.person_id IN (p.mentor_id, p.mentee_id)) """;

    /** Their roadmaps (only mentees have them). */
    private static final String ROADMAPS = """
            my_roadmaps AS (SELECT r.* FROM me JOIN roadmaps r ON r.tenant_id = me.tenant_id AND r.mentee_id = me.person_id) """;

    /** File name → the query; the order is the order in the ZIP. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("person.json", ME + """
                SELECT jsonb_build_object('id', p.id, 'email', p.email, 'display_name', p.display_name,
                       'department', p.department, 'location', p.location, 'job_title', p.job_title, 'level', p.level,
                       'manager_id', p.manager_id, 'manager_name', m.display_name, 'hired_on', p.hired_on,
                       'left_on', p.left_on, 'status', p.status, 'language', p.language, 'time_zone', p.time_zone,
                       'created_at', p.created_at, 'updated_at', p.updated_at, 'roles', a.roles,
                       'account_created_at', a.created_at)::text
                FROM me JOIN people p ON p.tenant_id = me.tenant_id AND p.id = me.person_id
                LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id
                LEFT JOIN accounts a ON a.tenant_id = p.tenant_id AND a.person_id = p.id""");
        FILES.put("people-history.json", ME + """
                SELECT (to_jsonb(h) - 'tenant_id' - 'person_id')::text
                FROM me JOIN people_history h ON h.tenant_id = me.tenant_id AND h.person_id = me.person_id
                ORDER BY h.effective_on, h.recorded_at, h.id""");
        FILES.put("mentee-profile.json", ME + """
                SELECT (to_jsonb(x) - 'tenant_id')::text
                FROM me JOIN mentee_profiles x ON x.tenant_id = me.tenant_id AND x.person_id = me.person_id""");
        FILES.put("mentor-profile.json", ME + """
                SELECT (to_jsonb(x) - 'tenant_id')::text
                FROM me JOIN mentor_profiles x ON x.tenant_id = me.tenant_id AND x.person_id = me.person_id""");
        FILES.put("cohort-participations.json", ME + """
                SELECT (to_jsonb(cp) - 'tenant_id' || jsonb_build_object('cohort_name', c.name))::text
                FROM me JOIN cohort_participants cp ON cp.tenant_id = me.tenant_id AND cp.person_id = me.person_id
                JOIN cohorts c ON c.tenant_id = cp.tenant_id AND c.id = cp.cohort_id
                ORDER BY cp.id""");
        FILES.put("pairs.json", ME + ", " + PAIRS + """
                SELECT (to_jsonb(p) - 'tenant_id' || jsonb_build_object('mentor_name', mr.display_name,
                        'mentee_name', me2.display_name))::text
                FROM my_pairs p
                JOIN people mr ON mr.tenant_id = p.tenant_id AND mr.id = p.mentor_id
                JOIN people me2 ON me2.tenant_id = p.tenant_id AND me2.id = p.mentee_id
                ORDER BY p.id""");
        FILES.put("roadmaps.json", ME + ", " + ROADMAPS + """
                SELECT (to_jsonb(r) - 'tenant_id')::text FROM my_roadmaps r ORDER BY r.created_at, r.id""");
        FILES.put("milestones.json", ME + ", " + ROADMAPS + """
                SELECT (to_jsonb(m) - 'tenant_id')::text
                FROM my_roadmaps r JOIN milestones m ON m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
                ORDER BY m.roadmap_id, m.position, m.id""");
        FILES.put("experiments.json", ME + ", " + ROADMAPS + """
                SELECT (to_jsonb(x) - 'tenant_id')::text
                FROM my_roadmaps r JOIN experiments x ON x.tenant_id = r.tenant_id AND x.roadmap_id = r.id
                ORDER BY x.roadmap_id, x.starts_on, x.id""");
        FILES.put("roadmap-reviews.json", ME + ", " + ROADMAPS + """
                SELECT (to_jsonb(v) - 'tenant_id')::text
                FROM my_roadmaps r JOIN roadmap_reviews v ON v.tenant_id = r.tenant_id AND v.roadmap_id = r.id
                ORDER BY v.reviewed_on, v.id""");
        FILES.put("check-ins.json", ME + ", " + PAIRS + """
                SELECT (to_jsonb(c) - 'tenant_id' || jsonb_build_object('my_private_note', n.note))::text
                FROM me JOIN my_pairs p ON true
                JOIN check_ins c ON c.tenant_id = p.tenant_id AND c.pair_id = p.id
                LEFT JOIN check_in_private_notes n ON n.tenant_id = c.tenant_id AND n.check_in_id = c.id
                     AND n.author_id = me.person_id
                ORDER BY c.occurs_at, c.id""");
        FILES.put("check-in-actions.json", ME + ", " + PAIRS + """
                SELECT (to_jsonb(a) - 'tenant_id')::text
                FROM my_pairs p JOIN check_ins c ON c.tenant_id = p.tenant_id AND c.pair_id = p.id
                JOIN check_in_actions a ON a.tenant_id = c.tenant_id AND a.check_in_id = c.id
                ORDER BY a.created_at, a.id""");
        FILES.put("journal.json", ME + """
                SELECT (to_jsonb(j) - 'tenant_id' - 'search')::text
                FROM me JOIN journal_entries j ON j.tenant_id = me.tenant_id AND j.mentee_id = me.person_id
                ORDER BY j.entry_on, j.id""");
        FILES.put("evidence.json", ME + """
                SELECT (to_jsonb(e) - 'tenant_id')::text
                FROM me JOIN evidence e ON e.tenant_id = me.tenant_id AND e.mentee_id = me.person_id
                ORDER BY e.created_at, e.id""");
        FILES.put("notifications.json", ME + """
                SELECT (to_jsonb(n) - 'tenant_id')::text
                FROM me JOIN notifications n ON n.tenant_id = me.tenant_id AND n.person_id = me.person_id
                ORDER BY n.created_at, n.id""");
        FILES.put("surveys.json", ME + """
                SELECT (to_jsonb(i) - 'tenant_id' - 'person_id'
                        || jsonb_build_object('answer', to_jsonb(a) - 'tenant_id' - 'invitation_id'))::text
                FROM me JOIN survey_invitations i ON i.tenant_id = me.tenant_id AND i.person_id = me.person_id
                LEFT JOIN survey_answers a ON a.tenant_id = i.tenant_id AND a.invitation_id = i.id
                ORDER BY i.created_at, i.id""");
        FILES.put("mail-preferences.json", ME + """
                SELECT (to_jsonb(x) - 'tenant_id')::text
                FROM me JOIN mail_preferences x ON x.tenant_id = me.tenant_id AND x.person_id = me.person_id
                ORDER BY x.kind""");
    }

    /** The bytes of their uploaded evidence files: id, file name, content. */
    static final String UPLOADS = ME + """
            SELECT e.id, e.file_name, f.content
            FROM me JOIN evidence e ON e.tenant_id = me.tenant_id AND e.mentee_id = me.person_id
            JOIN evidence_files f ON f.tenant_id = e.tenant_id AND f.evidence_id = e.id
            ORDER BY e.id""";

    private ExportSections() {
    }
}
