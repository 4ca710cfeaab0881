package com.mentorplatform.ui.profile;

import com.mentorplatform.ui.kit.Card;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.kit.Poller;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * Everything the platform holds about the person, as a ZIP they can download: asked for here, made in the background,
 * watched by polling until it is ready.
 */
class DataExportCard extends Card {

    private static final int POLL_MS = 1_500;

    private final ProfileClient client;
    final Button request = new Button("Prepare a copy of my data");
    final Span status = new Span();
    private final Div downloadSlot = new Div();
    private ProfileClient.DataExport export;
    private final Poller poller = new Poller(this, POLL_MS, this::refresh);

    DataExportCard(ProfileClient client) {
        this.client = client;
        setId("data-export");
        status.setId("data-export-status");
        request.addClickListener(click -> start());
        add(new H3("My data"), Hint.note("A ZIP of everything the platform holds about you: your profile and its "
                + "history, pairs, roadmaps, check-ins, journal, evidence files, notifications."), request, status,
                downloadSlot);
    }

    private void start() {
        export = client.requestDataExport();
        request.setEnabled(false);
        downloadSlot.removeAll();
        show();
        poller.start();
    }

    /** Asks the API how the export is doing; stops polling once it is done or failed. */
    void refresh() {
        if (export == null || export.finished()) {
            return;
        }
        export = client.dataExport(export.id());
        show();
    }

    private void show() {
        switch (export.status()) {
            case "DONE" -> {
                status.setText("Your copy is ready.");
                downloadSlot.add(download(export.id()));
                request.setEnabled(true);
                poller.stop();
            }
            case "FAILED" -> {
                status.setText("Preparing your copy failed: " + export.failure() + ". Please try again.");
                request.setEnabled(true);
                poller.stop();
            }
            default -> status.setText("Preparing your copy…");
        }
    }

    private Anchor download(String id) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = client.dataExportFile(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), "my-data-" + id + ".zip", "application/zip",
                    zip.length);
        }), AttachmentType.DOWNLOAD, "Download my data (ZIP)");
        download.setId("data-export-download");
        return download;
    }
}
