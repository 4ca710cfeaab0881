package com.mentorplatform.api.tenantdata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.mentorplatform.api.export.JsonZip;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a whole tenant's export as a ZIP, in the caller's open transaction of that tenant: {@code export.json}
 * saying what is in it, {@code tables/<table>.json} for every tenant table the database catalogue lists
 * ({@code tenant_tables()}, so a table added later is exported without being named here), each row as a JSON
 * object read under row-level security ({@code tenant_table_rows}), and the uploaded evidence files under
 * {@code files/<evidence id>/<file name>}. Binary columns and password or token hashes are left out; export.json
 * names them.
 */
@Singleton
class TenantArchive {

    private static final String TABLES = "SELECT table_name, hidden_columns FROM tenant_tables() ORDER BY table_name";
    private static final String ROWS = "SELECT row FROM tenant_table_rows(?) AS row";
    private static final String UPLOADS = """
            SELECT e.id, e.file_name, f.content
            FROM evidence e JOIN evidence_files f ON f.tenant_id = e.tenant_id AND f.evidence_id = e.id
            WHERE e.tenant_id = ?
            ORDER BY e.id""";

    private final JdbcOperations jdbc;

    TenantArchive(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    byte[] write(UUID tenantId) {
        List<Table> tables = tables();
        return JsonZip.write(jdbc, zip -> {
            zip.json("export.json", about -> about(about, tenantId, tables));
            for (Table table : tables) {
                zip.rows(table.file(), ROWS, table.name());
            }
            zip.files("files", UPLOADS, tenantId);
        });
    }

    /** One tenant table and the columns an export leaves out. */
    record Table(String name, List<String> hiddenColumns) {
        String file() {
            return "tables/" + name + ".json";
        }
    }

    private List<Table> tables() {
        return jdbc.prepareStatement(TABLES, (PreparedStatement statement) -> {
            List<Table> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Array hidden = rows.getArray(2);
                    tables.add(new Table(rows.getString(1), List.of((String[]) hidden.getArray())));
                }
            }
            return tables;
        });
    }

    private static void about(JsonGenerator about, UUID tenantId, List<Table> tables) throws IOException {
        about.writeStartObject();
        about.writeStringField("tenantId", tenantId.toString());
        about.writeStringField("generatedAt", Instant.now().toString());
        about.writeArrayFieldStart("tables");
        for (Table table : tables) {
            about.writeStartObject();
            about.writeStringField("table", table.name());
            about.writeStringField("file", table.file());
            about.writeArrayFieldStart("leftOut");
            for (String column : table.hiddenColumns()) {
                about.writeString(column);
            }
            about.writeEndArray();
            about.writeEndObject();
        }
        about.writeEndArray();
        about.writeStringField("files", "files/<evidence id>/<file name>: the uploaded evidence files");
        about.writeEndObject();
    }
}
