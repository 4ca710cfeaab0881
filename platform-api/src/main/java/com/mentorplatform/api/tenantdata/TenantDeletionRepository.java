package com.mentorplatform.api.tenantdata;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The database's deletion of the transaction's tenant (see {@code delete_tenant_data} in V25). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TenantDeletionRepository extends GenericRepository<TenantDeletionRepository.DeletedRows, String> {

    /** How many rows one tenant table lost. */
    @MappedEntity
    record DeletedRows(@Id String tableName, long deleted) {
    }

    /**
     * Deletes every row of the transaction's tenant from every tenant table and marks the tenant DELETED; the
     * database refuses unless the tenant's deletion is scheduled and due.
     */
    @Query("SELECT table_name, deleted FROM delete_tenant_data()")
    List<DeletedRows> deleteTenantData();
}
