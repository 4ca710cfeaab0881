package com.mentorplatform.api.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * With {@code PLATFORM_DB_REPLICA_URL} set, puts a second pool on the read replica behind the default
 * data source: connections asked for inside {@link ReportReads#onReplica} come from it, all others from
 * the primary. The replica pool logs in as the replica's user and drops to the same restricted role,
 * so row-level security works there exactly as on the primary (it is a copy of the same database).
 */
@Singleton
class ReplicaRouting implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaRouting.class);

    private final HikariDataSource replica;

    ReplicaRouting(@Nullable @Property(name = "platform.db.replica.url") String url,
                   @Nullable @Property(name = "platform.db.replica.user") String user,
                   @Nullable @Property(name = "platform.db.replica.password") String password,
                   DatabaseChoice primary) {
        this.replica = url == null || url.isBlank() ? null : pool(url, user == null ? primary.user() : user,
                password == null ? primary.password() : password);
    }

    /**
     * First, so Micronaut Data's own wrapper (ContextualAwareDataSource, which hands out the connection of
     * the current transaction) wraps this one and not the other way round.
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (replica == null || !"default".equals(event.getBeanIdentifier().getName())) {
            return event.getBean();
        }
        LOG.info("Report reads go to the read replica {}", replica.getJdbcUrl());
        return new Routing(event.getBean(), replica);
    }

    @PreDestroy
    void close() {
        if (replica != null) {
            replica.close();
        }
    }

    private static HikariDataSource pool(String url, String user, @Nullable String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("replica");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password == null ? "" : password);
        config.setConnectionInitSql("SET ROLE " + DatabaseChoice.APP_ROLE);
        config.setReadOnly(true);
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(2000);
        config.setValidationTimeout(1000);
        // The API starts even while the replica is away; report reads then fail with 503 until it answers.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** The primary pool, or the replica's for a report read. */
    private record Routing(DataSource primary, DataSource replica) implements DataSource {

        private DataSource current() {
            return ReportReads.active() ? replica : primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return current().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return current().getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return primary.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            primary.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            primary.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return primary.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return primary.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || primary.isWrapperFor(type);
        }
    }
}
