package com.mentorplatform.api.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file evidence may hold, with how people call them, their content type and file name endings. */
enum FileType {
    PDF("a PDF document", "application/pdf", Set.of("pdf"), Set.of()),
    PNG("a PNG image", "image/png", Set.of("png"), Set.of()),
    JPEG("a JPEG image", "image/jpeg", Set.of("jpg", "jpeg"), Set.of("image/jpg", "image/pjpeg")),
    GIF("a GIF image", "image/gif", Set.of("gif"), Set.of()),
    WEBP("a WebP image", "image/webp", Set.of("webp"), Set.of()),
    // Windows browsers label .csv files as Excel's; the bytes decide anyway.
    TEXT("plain text", "text/plain", Set.of("txt", "csv", "md", "markdown"), Set.of("text/csv", "text/markdown",
            "text/x-markdown", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel")),
    DOCX("a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Set.of("docx"), Set.of()),
    XLSX("an Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Set.of("xlsx"), Set.of()),
    PPTX("a PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            Set.of("pptx"), Set.of());

    /** What the upload form and the 400 say is accepted. */
    static final String ACCEPTED = "PDF, PNG, JPEG, GIF, WebP, text (.txt, .csv, .md) and Word, Excel or "
            + "PowerPoint (.docx, .xlsx, .pptx)";

    final String description;
    final String contentType;
    private final Set<String> extensions;
    private final Set<String> otherContentTypes;

    FileType(String description, String contentType, Set<String> extensions, Set<String> otherContentTypes) {
        this.description = description;
        this.contentType = contentType;
        this.extensions = extensions;
        this.otherContentTypes = otherContentTypes;
    }

    /** The type a file name's ending promises, e.g. PDF for "Outcome.PDF". */
    static Optional<FileType> byName(String fileName) {
        String extension = extension(fileName);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** The type a declared content type (parameters ignored) stands for. */
    static Optional<FileType> byContentType(String contentType) {
        return Arrays.stream(values())
                .filter(type -> type.contentType.equals(contentType) || type.otherContentTypes.contains(contentType))
                .findFirst();
    }

    /** The content type to store and serve: for text, the one its name says (CSV, Markdown or plain). */
    String contentTypeFor(String fileName) {
        if (this != TEXT) {
            return contentType;
        }
        return switch (extension(fileName)) {
            case "csv" -> "text/csv";
            case "md", "markdown" -> "text/markdown";
            default -> contentType;
        };
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
