package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Picks people of one tenant by organisational criteria in one statement; an empty array means
 * "any". Every query names the tenant (row-level security checks it again).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonSelectionRepository extends GenericRepository<Person, UUID> {

    String SELECT_SELECTED = "SELECT p.id, p.display_name, p.department, p.location, p.level, p.left_on FROM people p ";

    @Query(SELECT_SELECTED + "WHERE p.tenant_id = :tenantId AND p.id = :id")
    Optional<SelectedPerson> find(UUID tenantId, UUID id);

    @Query(SELECT_SELECTED + """
            WHERE p.tenant_id = :tenantId
              AND (cardinality(CAST(:departments AS text[])) = 0 OR p.department = ANY (CAST(:departments AS text[])))
              AND (cardinality(CAST(:locations AS text[])) = 0 OR p.location = ANY (CAST(:locations AS text[])))
              AND (cardinality(CAST(:levels AS int[])) = 0 OR p.level = ANY (CAST(:levels AS int[])))
              AND (CAST(:minLevel AS int) IS NULL OR p.level >= :minLevel)
              AND (CAST(:maxLevel AS int) IS NULL OR p.level <= :maxLevel)
            ORDER BY lower(p.display_name), p.id
            LIMIT :limit""")
    List<SelectedPerson> matching(UUID tenantId, String[] departments, String[] locations, Integer[] levels,
                                  @Nullable Integer minLevel, @Nullable Integer maxLevel, int limit);
}
