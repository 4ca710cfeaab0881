package com.mentorplatform.api.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export's ZIP in the caller's open transaction: JSON files streamed row by row from a query (each row
 * arrives as JSON text from PostgreSQL and is written as it comes, never collected) and uploaded files, each
 * pretty-printed for a person to read.
 */
public final class JsonZip {

    /** Rows fetched per round trip while streaming, so a long table is never held whole. */
    private static final int FETCH_SIZE = 200;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final JdbcOperations jdbc;
    private final ZipOutputStream zip;

    private JsonZip(JdbcOperations jdbc, ZipOutputStream zip) {
        this.jdbc = jdbc;
        this.zip = zip;
    }

    /** The bytes of the ZIP that {@code contents} writes. */
    public static byte[] write(JdbcOperations jdbc, Contents contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            contents.write(new JsonZip(jdbc, zip));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
        return bytes.toByteArray();
    }

    /** A JSON file written by {@code body} (an object describing the export, say). */
    public void json(String entry, JsonBody body) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        try (JsonGenerator out = generator()) {
            body.write(out);
        }
    }

    /** A JSON array of the rows of {@code sql}, whose first column is each row as JSON text. */
    public void rows(String entry, String sql, Object... parameters) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        query(sql, parameters, rows -> {
            try (JsonGenerator out = generator()) {
                out.writeStartArray();
                while (rows.next()) {
                    out.writeRawValue(rows.getString(1));
                }
                out.writeEndArray();
            }
        });
    }

    /**
     * The files {@code sql} yields (columns: id, file name, content), each as {@code <folder>/<id>/<file name>}.
     */
    public void files(String folder, String sql, Object... parameters) {
        query(sql, parameters, rows -> {
            while (rows.next()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + rows.getObject(1, UUID.class) + "/"
                        + safeName(rows.getString(2))));
                try (InputStream content = rows.getBinaryStream(3)) {
                    content.transferTo(zip);
                }
            }
        });
    }

    private void query(String sql, Object[] parameters, RowsWriter writer) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                writer.write(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** A generator that leaves the ZIP open when it closes. */
    private JsonGenerator generator() throws IOException {
        return JSON.createGenerator(zip).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
    }

    /** An entry name that cannot climb out of its folder in the archive. */
    static String safeName(String fileName) {
        String name = fileName.replaceAll("[/\\\\:\\x00-\\x1F]", "_");
        return name.isBlank() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    /** What goes into the ZIP, in order. */
    @FunctionalInterface
    public interface Contents {
        void write(JsonZip zip) throws IOException;
    }

    /** Writes one JSON value. */
    @FunctionalInterface
    public interface JsonBody {
        void write(JsonGenerator out) throws IOException;
    }

    @FunctionalInterface
    private interface RowsWriter {
        void write(ResultSet rows) throws SQLException, IOException;
    }
}
