package com.mentorplatform.ui.kit;

import com.mentorplatform.client.model.ExportStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * An export the API makes in the background (a person's data, a whole tenant): a button asks for it, the status line
 * follows it with a {@link Poller} until it is DONE or FAILED, and a link downloads the ZIP. The words and where the
 * export comes from are the caller's; the ids are {@code <idPrefix>-request}, {@code -status} and {@code -download}.
 */
public class BackgroundExport extends Div {

    private static final int POLL_MS = 1_500;

    /** Where an export is asked for, followed and fetched. */
    public interface Source {
        Progress request();

        Progress progress(String id);

        byte[] file(String id);
    }

    /** How far an export got, and the API's reason when it FAILED. */
    public record Progress(String id, ExportStatus status, String failure) {

        boolean finished() {
            return status == ExportStatus.DONE || status == ExportStatus.FAILED;
        }
    }

    /** What the user reads; {@code failed} is followed by the API's reason. */
    public record Words(String request, String preparing, String ready, String failed, String download,
                        String fileNamePrefix) {
    }

    public final Button request;
    public final Span status = new Span();
    private final Div downloadSlot = new Div();
    private final Source source;
    private final Words words;
    private final String idPrefix;
    private final Poller poller = new Poller(this, POLL_MS, this::refresh);
    private Progress export;

    public BackgroundExport(String idPrefix, Source source, Words words) {
        this.source = source;
        this.words = words;
        this.idPrefix = idPrefix;
        request = new Button(words.request(), click -> start());
        request.setId(idPrefix + "-request");
        status.setId(idPrefix + "-status");
        addClassName("background-export");
        add(request, status, downloadSlot);
    }

    private void start() {
        export = source.request();
        request.setEnabled(false);
        downloadSlot.removeAll();
        show();
        poller.start();
    }

    /** Asks the API how the export is doing; polling stops once it is done or failed. */
    public void refresh() {
        if (export == null || export.finished()) {
            return;
        }
        export = source.progress(export.id());
        show();
    }

    private void show() {
        switch (export.status()) {
            case DONE -> {
                status.setText(words.ready());
                downloadSlot.add(download(export.id()));
                ended();
            }
            case FAILED -> {
                status.setText(words.failed() + " " + export.failure());
                ended();
            }
            case QUEUED, RUNNING -> status.setText(words.preparing());
        }
    }

    private void ended() {
        request.setEnabled(true);
        poller.stop();
    }

    private Anchor download(String id) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = source.file(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), words.fileNamePrefix() + id + ".zip",
                    "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, words.download());
        download.setId(idPrefix + "-download");
        return download;
    }
}
