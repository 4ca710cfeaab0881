package com.mentorplatform.api.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Exports through the API, waited for (an export is produced in the background), and read. */
public final class TestExports {

    private TestExports() {
    }

    /** Asks for an export of the caller's own data and returns its id once it is DONE. */
    public static UUID own(String token) {
        Http.Response requested = Http.post("/api/me/data-exports", token, null);
        if (requested.status() != 202) {
            throw new IllegalStateException("Could not request an export: " + requested.text());
        }
        UUID id = UUID.fromString(requested.string("id"));
        awaitDone(id, token);
        return id;
    }

    /** Asks, as the platform operator, for an export of the whole tenant and returns its path once it is DONE. */
    public static String ofTenant(UUID tenantId) {
        String operator = TestUser.operator().token();
        Http.Response requested = Http.post("/api/operator/tenants/" + tenantId + "/exports", operator, null);
        if (requested.status() != 202) {
            throw new IllegalStateException("Could not request a tenant export: " + requested.text());
        }
        String path = requested.headers().firstValue("location").orElseThrow();
        awaitDone(path, operator);
        return path;
    }

    /** Polls the data export as {@code token} until it is DONE; FAILED or 30 s without it is an error. */
    public static void awaitDone(UUID exportId, String token) {
        awaitDone("/api/data-exports/" + exportId, token);
    }

    /** Polls the export at {@code path} as {@code token} until it is DONE; FAILED or 30 s without it is an error. */
    public static void awaitDone(String path, String token) {
        for (int attempt = 0; attempt < 300; attempt++) {
            Http.Response export = Http.get(path, token);
            String status = export.status() == 200 ? export.string("status") : "unreadable " + export.status();
            if (status.equals("DONE")) {
                return;
            }
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                throw new IllegalStateException("The export is " + status + ": " + export.text());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The export was not done within 30 s");
    }

    /** Every entry of the ZIP, by name, as text. */
    public static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
