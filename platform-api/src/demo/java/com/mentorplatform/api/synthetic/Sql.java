package com.mentorplatform.api.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generator's statements on the open transaction's connection, with named parameters ({@code :name})
 * bound as JDBC parameters: every value is bound, nothing is written into the SQL text.
 */
final class Sql {

    /** A name after one colon, not a cast ({@code ::date}) and not a time of day ({@code 10:00}). */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    private final Connection connection;
    private final Map<String, Object> values = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    /** Sets the value every later statement binds for {@code :name}. */
    Sql set(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Runs one statement and answers how many rows it wrote. */
    int update(String sql) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        try (PreparedStatement statement = connection.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < names.size(); i++) {
                statement.setObject(i + 1, bindable(names.get(i)));
            }
            // A SELECT (set_config) answers a result set, not a count.
            return statement.execute() ? 0 : Math.max(0, statement.getUpdateCount());
        } catch (SQLException e) {
            throw new IllegalStateException("Synthetic history statement failed: " + firstLine(sql), e);
        }
    }

    /** Runs statements without parameters: temporary functions and {@code ANALYZE} of temporary tables. */
    void script(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Synthetic history script failed: " + firstLine(sql), e);
        }
    }

    private Object bindable(String name) throws SQLException {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("No value for :" + name);
        }
        Object value = values.get(name);
        if (value instanceof String[] texts) {
            return connection.createArrayOf("text", texts);
        }
        return value;
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
