package com.mentorplatform.api.testing;

import java.util.UUID;

/** Data exports through the API, waited for: the export is produced in the background. */
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

    /** Polls the export as {@code token} until it is DONE; FAILED or 30 s without it is an error. */
    public static void awaitDone(UUID exportId, String token) {
        for (int attempt = 0; attempt < 300; attempt++) {
            Http.Response export = Http.get("/api/data-exports/" + exportId, token);
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
}
