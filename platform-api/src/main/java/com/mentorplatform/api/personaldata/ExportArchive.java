package com.mentorplatform.api.personaldata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one person's export as a ZIP, in the caller's open tenant transaction: one JSON array per
 * {@link ExportSections} file, each streamed row by row from its single query into the archive (rows
 * arrive as JSON from PostgreSQL and are written as they come, never collected), then their uploaded
 * files under {@code files/<evidence id>/<file name>}.
 */
@Singleton
class ExportArchive {

    /** Rows fetched per round trip while streaming, so a long journal is never held whole. */
    private static final int FETCH_SIZE = 200;

    private final JdbcOperations jdbc;
    private final JsonFactory json = JsonFactory.builder().build();

    ExportArchive(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    byte[] write(UUID tenantId, UUID personId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("export.json"));
            try (JsonGenerator about = generator(zip)) {
                about.writeStartObject();
                about.writeStringField("personId", personId.toString());
                about.writeStringField("generatedAt", Instant.now().toString());
                about.writeArrayFieldStart("files");
                for (String file : ExportSections.FILES.keySet()) {
                    about.writeString(file);
                }
                about.writeEndArray();
                about.writeEndObject();
            }
            for (Map.Entry<String, String> section : ExportSections.FILES.entrySet()) {
                zip.putNextEntry(new ZipEntry(section.getKey()));
                writeSection(zip, section.getValue(), tenantId, personId);
            }
            writeUploads(zip, tenantId, personId);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
        return bytes.toByteArray();
    }

    private void writeSection(ZipOutputStream zip, String sql, UUID tenantId, UUID personId) {
        query(sql, tenantId, personId, rows -> {
            try (JsonGenerator out = generator(zip)) {
                out.writeStartArray();
                while (rows.next()) {
                    out.writeRawValue(rows.getString(1));
                }
                out.writeEndArray();
            }
        });
    }

    private void writeUploads(ZipOutputStream zip, UUID tenantId, UUID personId) {
        query(ExportSections.UPLOADS, tenantId, personId, rows -> {
            while (rows.next()) {
                zip.putNextEntry(new ZipEntry("files/" + rows.getObject(1, UUID.class) + "/"
                        + safeName(rows.getString(2))));
                try (InputStream content = rows.getBinaryStream(3)) {
                    content.transferTo(zip);
                }
            }
        });
    }

    private void query(String sql, UUID tenantId, UUID personId, RowsWriter writer) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            statement.setObject(1, tenantId);
            statement.setObject(2, personId);
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                writer.write(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** A generator that leaves the ZIP open when it closes, pretty-printed for a person to read. */
    private JsonGenerator generator(ZipOutputStream zip) throws IOException {
        return json.createGenerator(zip).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
    }

    /** An entry name that cannot climb out of its folder in the archive. */
    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[/\\\\:\\x00-\\x1F]", "_");
        return name.isBlank() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    @FunctionalInterface
    private interface RowsWriter {
        void write(ResultSet rows) throws SQLException, IOException;
    }
}
