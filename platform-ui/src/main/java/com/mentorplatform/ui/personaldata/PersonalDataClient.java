package com.mentorplatform.ui.personaldata;

import com.mentorplatform.client.model.DataExportResponse;
import com.mentorplatform.client.model.ErasureRequest;
import com.mentorplatform.client.model.ErasureResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.kit.BackgroundExport;
import java.util.Map;

/**
 * Exports of a person's data ({@code /api/me/data-exports}, {@code /api/people/{id}/data-exports}, followed at
 * {@code /api/data-exports/{id}}) and erasure ({@code /api/people/{id}/erasure}), read as the contract's models.
 */
public final class PersonalDataClient {

    private final ApiClient api;

    public PersonalDataClient(ApiClient api) {
        this.api = api;
    }

    /** The signed-in person's own export. */
    public BackgroundExport.Source ownExport() {
        return exportAskedAt("/api/me/data-exports");
    }

    /** Another person's export, which only a tenant admin may ask for. */
    BackgroundExport.Source exportOf(String personId) {
        return exportAskedAt(person(personId) + "/data-exports");
    }

    /** Erases the person; {@code confirmation} is their current e-mail address, typed again. */
    ErasureResponse erase(String personId, String confirmation) {
        return api.send("POST", person(personId) + "/erasure", new ErasureRequest().confirmation(confirmation),
                ErasureResponse.class);
    }

    private BackgroundExport.Source exportAskedAt(String requestPath) {
        return new BackgroundExport.Source() {
            @Override
            public BackgroundExport.Progress request() {
                return progressOf(api.send("POST", requestPath, Map.of(), DataExportResponse.class));
            }

            @Override
            public BackgroundExport.Progress progress(String id) {
                return progressOf(api.get(export(id), DataExportResponse.class));
            }

            @Override
            public byte[] file(String id) {
                return api.download(export(id) + "/file");
            }
        };
    }

    private static BackgroundExport.Progress progressOf(DataExportResponse export) {
        return new BackgroundExport.Progress(export.getId().toString(), export.getStatus(), export.getFailure());
    }

    private static String person(String id) {
        return "/api/people/" + ApiPaths.encode(id);
    }

    private static String export(String id) {
        return "/api/data-exports/" + ApiPaths.encode(id);
    }
}
