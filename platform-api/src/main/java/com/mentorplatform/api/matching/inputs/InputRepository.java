package com.mentorplatform.api.matching.inputs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * A cohort's matching inputs in three queries: participants with profiles, competency levels, and
 * links (reporting chain, preferences, avoidances). Every query names the tenant; only enrolled
 * participants count.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InputRepository extends GenericRepository<InputParticipant, UUID> {

    @Query("""
            SELECT cp.person_id, cp.role, cp.mentor_capacity, p.display_name, p.department,
                   coalesce(p.level, 0) AS level,
                   coalesce(mp.languages, me.languages, CAST('{}' AS text[])) AS languages,
                   coalesce(mp.time_zone, me.time_zone) AS time_zone,
                   coalesce(mp.interests, me.interests, CAST('{}' AS text[])) AS interests,
                   coalesce(mp.hours_per_month, 0) AS hours_per_month,
                   coalesce(mp.declined_topics, CAST('{}' AS text[])) AS declined_topics,
                   coalesce(me.topics, CAST('{}' AS text[])) AS topics
            FROM cohort_participants cp
            JOIN people p ON p.tenant_id = cp.tenant_id AND p.id = cp.person_id
            LEFT JOIN mentor_profiles mp
                   ON cp.role = 'MENTOR' AND mp.tenant_id = cp.tenant_id AND mp.person_id = cp.person_id
            LEFT JOIN mentee_profiles me
                   ON cp.role = 'MENTEE' AND me.tenant_id = cp.tenant_id AND me.person_id = cp.person_id
            WHERE cp.tenant_id = :tenantId AND cp.cohort_id = :cohortId AND cp.status = 'ENROLLED'
            ORDER BY cp.role, cp.person_id""")
    List<InputParticipant> participants(UUID tenantId, UUID cohortId);

    @Query("""
            SELECT cp.person_id, 'HAS' AS kind, c.name AS competency, l.level
            FROM cohort_participants cp
            JOIN mentor_profile_competencies l ON l.tenant_id = cp.tenant_id AND l.person_id = cp.person_id
            JOIN competencies c ON c.tenant_id = l.tenant_id AND c.id = l.competency_id
            WHERE cp.tenant_id = :tenantId AND cp.cohort_id = :cohortId AND cp.status = 'ENROLLED' AND cp.role = 'MENTOR'
            UNION ALL
            SELECT cp.person_id, 'HAS', c.name, l.level
            FROM cohort_participants cp
            JOIN mentee_profile_competencies l ON l.tenant_id = cp.tenant_id AND l.person_id = cp.person_id
            JOIN competencies c ON c.tenant_id = l.tenant_id AND c.id = l.competency_id
            WHERE cp.tenant_id = :tenantId AND cp.cohort_id = :cohortId AND cp.status = 'ENROLLED' AND cp.role = 'MENTEE'
            UNION ALL
            SELECT cp.person_id, 'TARGET', c.name, r.level
            FROM cohort_participants cp
            JOIN mentee_profiles me ON me.tenant_id = cp.tenant_id AND me.person_id = cp.person_id
            JOIN role_profile_requirements r ON r.tenant_id = me.tenant_id AND r.role_profile_id = me.target_role_id
            JOIN competencies c ON c.tenant_id = r.tenant_id AND c.id = r.competency_id
            WHERE cp.tenant_id = :tenantId AND cp.cohort_id = :cohortId AND cp.status = 'ENROLLED' AND cp.role = 'MENTEE'""")
    List<InputLevel> levels(UUID tenantId, UUID cohortId);

    /** The reporting chain is walked upwards in SQL; the depth cap guards against a cycle in the directory. */
    @Query("""
            WITH RECURSIVE mentees AS (
                SELECT person_id FROM cohort_participants
                WHERE tenant_id = :tenantId AND cohort_id = :cohortId AND status = 'ENROLLED' AND role = 'MENTEE'
            ), chain (person_id, other_id, position) AS (
                SELECT p.id, p.manager_id, 1 FROM people p JOIN mentees m ON p.id = m.person_id
                WHERE p.tenant_id = :tenantId AND p.manager_id IS NOT NULL
                UNION ALL
                SELECT c.person_id, p.manager_id, c.position + 1 FROM chain c
                JOIN people p ON p.tenant_id = :tenantId AND p.id = c.other_id
                WHERE p.manager_id IS NOT NULL AND c.position < 50
            )
            SELECT person_id, 'MANAGER' AS kind, other_id, position FROM chain
            UNION ALL
            SELECT pm.person_id, 'PREFERRED', pm.mentor_id, pm.rank FROM mentee_preferred_mentors pm
            JOIN mentees m ON m.person_id = pm.person_id WHERE pm.tenant_id = :tenantId
            UNION ALL
            SELECT a.person_id, 'AVOIDED', a.avoided_person_id, 0 FROM mentee_avoided_people a
            JOIN mentees m ON m.person_id = a.person_id WHERE a.tenant_id = :tenantId
            ORDER BY 1, 2, 4""")
    List<InputLink> links(UUID tenantId, UUID cohortId);
}
