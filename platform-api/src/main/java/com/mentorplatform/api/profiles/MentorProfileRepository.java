package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentor profiles of one tenant; every query names the tenant (row-level security checks it again). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MentorProfileRepository extends GenericRepository<MentorProfileRow, UUID> {

    @Query("""
            SELECT tenant_id, person_id, languages, time_zone, interests, hours_per_month, bio, declined_topics, updated_at
            FROM mentor_profiles WHERE tenant_id = :tenantId AND person_id = :personId""")
    Optional<MentorProfileRow> find(UUID tenantId, UUID personId);

    @Query("""
            SELECT competency_id, level FROM mentor_profile_competencies
            WHERE tenant_id = :tenantId AND person_id = :personId""")
    List<CompetencyLevel> levels(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO mentor_profiles (tenant_id, person_id, languages, time_zone, interests, hours_per_month, bio,
                                         declined_topics)
            VALUES (:tenantId, :personId, :languages, :timeZone, :interests, :hoursPerMonth, :bio, :declinedTopics)
            ON CONFLICT (tenant_id, person_id) DO UPDATE SET languages = excluded.languages,
                   time_zone = excluded.time_zone, interests = excluded.interests,
                   hours_per_month = excluded.hours_per_month, bio = excluded.bio,
                   declined_topics = excluded.declined_topics, updated_at = now()""")
    void upsert(UUID tenantId, UUID personId, String[] languages, @Nullable String timeZone, String[] interests,
                int hoursPerMonth, @Nullable String bio, String[] declinedTopics);

    @Query("DELETE FROM mentor_profile_competencies WHERE tenant_id = :tenantId AND person_id = :personId")
    void deleteLevels(UUID tenantId, UUID personId);

    @Query("""
            INSERT INTO mentor_profile_competencies (tenant_id, person_id, competency_id, level)
            VALUES (:tenantId, :personId, :competencyId, :level)""")
    void insertLevel(UUID tenantId, UUID personId, UUID competencyId, int level);

    @Query("SELECT count(*) FROM mentor_profile_competencies WHERE tenant_id = :tenantId AND competency_id = :competencyId")
    long countUsing(UUID tenantId, UUID competencyId);
}
