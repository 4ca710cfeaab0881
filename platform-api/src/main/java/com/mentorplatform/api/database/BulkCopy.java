package com.mentorplatform.api.database;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams rows into a table with PostgreSQL {@code COPY ... FROM STDIN} on the connection of the
 * current transaction: ten to a hundred times faster than row-by-row inserts for bulk work.
 *
 * <p>PostgreSQL refuses {@code COPY FROM} into tables with row-level security, so callers copy into
 * a temporary table of their transaction and move the rows on with {@code INSERT ... SELECT}, where
 * the tenant policies apply as usual.
 */
@Singleton
public class BulkCopy {

    private static final int FLUSH_BYTES = 1 << 16;

    private final TransactionOperations<Connection> transactions;

    BulkCopy(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The open transaction's connection, for statements a repository cannot express (temporary tables). */
    public Connection connection() {
        return transactions.getConnection();
    }

    /**
     * Runs {@code copySql} (a {@code COPY t (cols) FROM STDIN} in text format) and feeds it the rows
     * {@code source} writes. Returns the number of rows copied.
     */
    public long copy(String copySql, RowSource source) {
        try {
            PGConnection pg = connection().unwrap(PGConnection.class);
            CopyIn copy = pg.getCopyAPI().copyIn(copySql);
            try {
                Rows rows = new Rows(copy);
                source.writeTo(rows);
                rows.flush();
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk copy failed", e);
        }
    }

    /** Writes rows for one copy. */
    @FunctionalInterface
    public interface RowSource {
        void writeTo(Rows rows) throws SQLException;
    }

    /** One row at a time in COPY's text format: values are escaped here, null is {@code \N}. */
    public static final class Rows {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES * 2);
        private boolean firstInRow = true;

        private Rows(CopyIn copy) {
            this.copy = copy;
        }

        /** Adds the next value of the current row. */
        public Rows value(@Nullable Object value) {
            if (!firstInRow) {
                buffer.append('\t');
            }
            firstInRow = false;
            if (value == null) {
                buffer.append("\\N");
            } else {
                escape(value.toString());
            }
            return this;
        }

        /** Ends the current row. */
        public void endRow() throws SQLException {
            buffer.append('\n');
            firstInRow = true;
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            if (!buffer.isEmpty()) {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }
    }
}
