package com.mentorplatform.api.personaldata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.mentorplatform.api.export.JsonZip;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one person's export as a ZIP, in the caller's open tenant transaction: one JSON array per
 * {@link ExportSections} file, each streamed from its single query, then their uploaded files under
 * {@code files/<evidence id>/<file name>}.
 */
@Singleton
class ExportArchive {

    private final JdbcOperations jdbc;

    ExportArchive(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    byte[] write(UUID tenantId, UUID personId) {
        return JsonZip.write(jdbc, zip -> {
            zip.json("export.json", about -> about(about, personId));
            for (Map.Entry<String, String> section : ExportSections.FILES.entrySet()) {
                zip.rows(section.getKey(), section.getValue(), tenantId, personId);
            }
            zip.files("files", ExportSections.UPLOADS, tenantId, personId);
        });
    }

    private static void about(JsonGenerator about, UUID personId) throws IOException {
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
}
