package com.mentorplatform.api.tenancy;

import com.mentorplatform.api.database.ReportReads;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work in a transaction that belongs to one tenant: the second lock of multi-tenancy.
 *
 * <p>Every repository query also names its tenant (the first lock), but the database checks it
 * again: the first statement of the transaction stores the tenant in {@code app.tenant_id}, and the
 * row-level-security policies compare every row with it. {@code set_config(..., true)} makes the
 * setting transaction-local, so it can never leak to the next user of a pooled connection, and the
 * tenant is bound as a parameter, never written into SQL. A transaction that skips this sees no
 * tenant rows at all, which is the safe way to fail.
 *
 * <p>The tenant always comes from the caller's token (or from the tenant being logged into), never
 * from a path, header or body.
 */
@Singleton
public class TenantScope {

    private static final String BIND = "SELECT set_config('app.tenant_id', ?, true)";
    private static final String BIND_REUSING_PLANS = "SELECT set_config('app.tenant_id', ?, true), "
            + "set_config('plan_cache_mode', 'force_generic_plan', true)";
    /** Ends with "; ": the statement of the read follows it in the same prepared statement. */
    private static final String BIND_IN_ONE_TRIP = "SELECT set_config('app.tenant_id', ?, true), "
            + "set_config('plan_cache_mode', 'force_generic_plan', true), "
            + "set_config('transaction_read_only', 'on', true); ";
    private static final String BIND_FOR_REPORTS = "SELECT set_config('app.tenant_id', ?, true), "
            + "set_config('plan_cache_mode', 'force_custom_plan', true), set_config('work_mem', '32MB', true)";

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;

    TenantScope(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections) {
        this.transactions = transactions;
        this.connections = connections;
    }

    /** Runs {@code work} in a read-write transaction scoped to {@code tenantId}. */
    public <T> T write(UUID tenantId, Supplier<T> work) {
        return transactions.executeWrite(status -> {
            bind(status.getConnection(), tenantId);
            return work.get();
        });
    }

    /**
     * Runs {@code work} in a new read-write transaction of its own even when called inside another,
     * committed at once: for what others must see before the outer transaction ends (progress).
     */
    public <T> T writeSeparately(UUID tenantId, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            bind(status.getConnection(), tenantId);
            return work.get();
        });
    }

    /** Runs {@code work} in a read-only transaction scoped to {@code tenantId}. */
    public <T> T read(UUID tenantId, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            bind(status.getConnection(), tenantId);
            return work.get();
        });
    }

    /**
     * As {@link #read}, for the hottest reads whose statements have no optional filters (a roadmap; a directory
     * page, being one statement, is read in one trip: {@link #readInOneTrip}): each statement is planned once
     * per pooled connection and the plan reused. PostgreSQL's own choice would plan every run afresh because a
     * {@code LIMIT} or a keyset bound is a parameter, and that planning cost as much as running the statement
     * (measured on the people page: 0.4 ms of 0.7 ms).
     * Never for statements written as {@code :x IS NULL OR ...}: one plan cannot fit both halves.
     */
    public <T> T readReusingPlans(UUID tenantId, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            bind(status.getConnection(), tenantId, BIND_REUSING_PLANS);
            return work.get();
        });
    }

    /**
     * As {@link #readReusingPlans}, for a read that is a single statement, in one round trip to PostgreSQL
     * instead of three ({@code BEGIN} with the binding, the statement, {@code COMMIT}). The binding (with the
     * read-only guard) and the statement go out as one prepared statement; PostgreSQL runs them as one implicit
     * transaction that its single Sync ends, so the transaction-local tenant ends with the read exactly as it
     * ends with any transaction, and a statement that ran without it would see no rows. A round trip costs the
     * API a socket write, a wait and a wake-up, and PostgreSQL as much: on the benchmark machine the people page
     * went from about 2,300 to 3,300 requests a second (README, Benchmarks). Needs the pool's auto-commit
     * connection, so never inside a transaction: there, use {@link #read}.
     */
    public <T> T readInOneTrip(UUID tenantId, OneStatementRead<T> read) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            Connection connection = status.getConnection();
            try {
                if (!connection.getAutoCommit()) {
                    throw new IllegalStateException("A read in one trip runs on its own, never inside a transaction");
                }
                try (PreparedStatement statement = connection.prepareStatement(BIND_IN_ONE_TRIP + read.sql())) {
                    statement.setString(1, tenantId.toString());
                    for (int i = 0; i < read.parameters().size(); i++) {
                        statement.setObject(i + 2, read.parameters().get(i));
                    }
                    statement.execute(); // the binding's row, then the read's rows
                    if (!statement.getMoreResults()) {
                        throw new IllegalStateException("A read in one trip must be one statement that returns rows");
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        return read.rows().read(rows);
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessException("Could not read in one trip: " + e.getMessage(), e);
            }
        });
    }

    /**
     * One SQL statement that reads, its parameters ({@code ?}, in order) and how its rows become the answer:
     * what {@link #readInOneTrip} runs. The statement names the tenant like every other (the first lock).
     */
    public record OneStatementRead<T>(String sql, List<Object> parameters, Rows<T> rows) {
    }

    /** Reads the rows of a {@link OneStatementRead}'s statement. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * As {@link #read}, for reports: every statement is also planned for its own parameter values. A report's
     * optional filters ({@code CAST(:cohortId AS uuid) IS NULL OR ...}) make the generic plan a prepared
     * statement falls back to after a few runs a poor fit for all of them (measured: seconds instead of
     * milliseconds); planning each run costs about a millisecond. Sorts and hashes over a large tenant's
     * milestones get the memory to stay off disk (32 MB, for this transaction only). With a read replica
     * configured, the transaction runs there ({@link ReportReads}); row-level security is the same.
     */
    public <T> T readReport(UUID tenantId, Supplier<T> work) {
        return ReportReads.onReplica(() -> transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            bindForReports(status.getConnection(), tenantId);
            return work.get();
        }));
    }

    /** As {@link #write}, planned per statement as {@link #readReport} is: for rebuilding report data. */
    public <T> T writeReport(UUID tenantId, Supplier<T> work) {
        return transactions.executeWrite(status -> {
            bindForReports(status.getConnection(), tenantId);
            return work.get();
        });
    }

    private static void bind(Connection connection, UUID tenantId) {
        bind(connection, tenantId, BIND);
    }

    private static void bindForReports(Connection connection, UUID tenantId) {
        bind(connection, tenantId, BIND_FOR_REPORTS);
    }

    private static void bind(Connection connection, UUID tenantId, String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tenantId.toString());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bind the transaction to its tenant", e);
        }
    }
}
