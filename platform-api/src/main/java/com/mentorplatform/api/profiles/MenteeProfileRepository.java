package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentee profiles of one tenant and their child rows; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MenteeProfileRepository extends GenericRepository<MenteeProfileRow, UUID> {

    @Query("""
            SELECT tenant_id, person_id, target_role_id, goals, languages, time_zone, interests, topics, updated_at
            FROM mentee_profiles WHERE tenant_id = :tenantId AND person_id = :personId""")
    Optional<MenteeProfileRow> find(UUID tenantId, UUID personId);

    @Query("""
            SELECT competency_id, level FROM mentee_profile_competencies
            WHERE tenant_id = :tenantId AND person_id = :personId""")
    List<CompetencyLevel> levels(UUID tenantId, UUID personId);

    @Query("""
            SELECT mentor_id FROM mentee_preferred_mentors
            WHERE tenant_id = :tenantId AND person_id = :personId ORDER BY rank""")
    List<UUID> preferredMentors(UUID tenantId, UUID personId);

    @Query("""
            SELECT avoided_person_id FROM mentee_avoided_people
            WHERE tenant_id = :tenantId AND person_id = :personId ORDER BY avoided_person_id""")
    List<UUID> avoidedPeople(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO mentee_profiles (tenant_id, person_id, target_role_id, goals, languages, time_zone, interests, topics)
            VALUES (:tenantId, :personId, :targetRoleId, :goals, :languages, :timeZone, :interests, :topics)
            ON CONFLICT (tenant_id, person_id) DO UPDATE SET target_role_id = excluded.target_role_id,
                   goals = excluded.goals, languages = excluded.languages, time_zone = excluded.time_zone,
                   interests = excluded.interests, topics = excluded.topics, updated_at = now()""")
    void upsert(UUID tenantId, UUID personId, @Nullable UUID targetRoleId, @Nullable String goals, String[] languages,
                @Nullable String timeZone, String[] interests, String[] topics);

    @Query("DELETE FROM mentee_profile_competencies WHERE tenant_id = :tenantId AND person_id = :personId")
    void deleteLevels(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO mentee_profile_competencies (tenant_id, person_id, competency_id, level)
            VALUES (:tenantId, :personId, :competencyId, :level)""")
    void insertLevel(UUID tenantId, UUID personId, UUID competencyId, int level);

    @Query("DELETE FROM mentee_preferred_mentors WHERE tenant_id = :tenantId AND person_id = :personId")
    void deletePreferredMentors(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO mentee_preferred_mentors (tenant_id, person_id, mentor_id, rank)
            VALUES (:tenantId, :personId, :mentorId, :rank)""")
    void insertPreferredMentor(UUID tenantId, UUID personId, UUID mentorId, int rank);

    @Query("DELETE FROM mentee_avoided_people WHERE tenant_id = :tenantId AND person_id = :personId")
    void deleteAvoidedPeople(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO mentee_avoided_people (tenant_id, person_id, avoided_person_id)
            VALUES (:tenantId, :personId, :avoidedPersonId)""")
    void insertAvoidedPerson(UUID tenantId, UUID personId, UUID avoidedPersonId);

    @Query("SELECT count(*) FROM mentee_profile_competencies WHERE tenant_id = :tenantId AND competency_id = :competencyId")
    long countUsing(UUID tenantId, UUID competencyId);

    @Query("SELECT count(*) FROM mentee_profiles WHERE tenant_id = :tenantId AND target_role_id = :roleProfileId")
    long countTargeting(UUID tenantId, UUID roleProfileId);
}
