package com.mentorplatform.ui.charts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A download link whose file is fetched from the API only when clicked, with the signed-in user's own token:
 * a chart's table as CSV, or a report as PDF.
 */
public final class CsvDownload {

    /** The CSV content type. */
    public static final String CSV = "text/csv";
    /** The PDF content type. */
    public static final String PDF = "application/pdf";

    private CsvDownload() {}

    /**
     * A link reading {@code text} that downloads what {@code file} fetches at click time (so it follows the
     * filters then chosen) as {@code fileName}.
     */
    public static Anchor link(String id, String text, Supplier<byte[]> file, Supplier<String> fileName,
            String contentType) {
        Anchor anchor = new Anchor();
        anchor.setId(id);
        anchor.addClassName("download-link");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        anchor.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), contentType, bytes.length);
        }), AttachmentType.DOWNLOAD);
        return anchor;
    }
}
