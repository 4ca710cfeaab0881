package com.mentorplatform.api.evidence;

import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its bytes (magic numbers, the part list of an Office document, strict UTF-8
 * for text), never from its name or declared type, so a renamed program or web page is caught.
 */
final class FileSniffer {

    /** What the bytes are: one of the accepted types, or null with a description of what they are instead. */
    record Sniffed(@Nullable FileType type, String description) {

        static Sniffed of(FileType type) {
            return new Sniffed(type, type.description);
        }

        static Sniffed other(String description) {
            return new Sniffed(null, description);
        }
    }

    /** Bounds on reading an Office document's parts, so a zip bomb costs little. */
    private static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";
    private static final String[] MARKUP = {"<!doctype html", "<html", "<head", "<body", "<script", "<svg", "<?xml",
        "<iframe"};

    private FileSniffer() {
    }

    static Sniffed sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return Sniffed.of(FileType.PDF);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Sniffed.of(FileType.PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Sniffed.of(FileType.JPEG);
        }
        if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
            return Sniffed.of(FileType.GIF);
        }
        if (startsWith(bytes, "RIFF") && bytes.length >= 12 && "WEBP".equals(ascii(bytes, 8, 4))) {
            return Sniffed.of(FileType.WEBP);
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return office(bytes);
        }
        Sniffed text = text(bytes);
        if (text != null) {
            return text;
        }
        String binary = knownBinary(bytes);
        return Sniffed.other(binary == null ? "an unrecognised binary file" : binary);
    }

    private static @Nullable String knownBinary(byte[] bytes) {
        if (startsWith(bytes, "MZ")) {
            return "a Windows program";
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            return "a Linux program";
        }
        if (startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(bytes, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(bytes, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(bytes, 0xFE, 0xED, 0xFA, 0xCF)) {
            return "a macOS program or Java class";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old-format Office document (.doc, .xls or .ppt)";
        }
        if (startsWith(bytes, 0x1F, 0x8B) || startsWith(bytes, "Rar!") || startsWith(bytes, '7', 'z', 0xBC, 0xAF)) {
            return "a compressed archive";
        }
        return null;
    }

    /**
     * Text is valid UTF-8 (a byte-order mark allowed) without NUL characters, and not a web page or other
     * markup; null when the bytes are not text at all.
     */
    private static @Nullable Sniffed text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            return null;
        }
        String start = text.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        for (String markup : MARKUP) {
            if (start.startsWith(markup)) {
                return Sniffed.other(markup.equals("<svg") || markup.equals("<?xml") ? "an XML or SVG document"
                        : "an HTML page");
            }
        }
        return Sniffed.of(FileType.TEXT);
    }

    /** A ZIP is a Word, Excel or PowerPoint document when its [Content_Types].xml names the main part. */
    private static Sniffed office(byte[] bytes) {
        String contentTypes = contentTypesPart(bytes);
        if (contentTypes == null) {
            return Sniffed.other("a ZIP archive");
        }
        if (contentTypes.contains("macroEnabled.main+xml")) {
            return Sniffed.other("a macro-enabled Office document");
        }
        if (contentTypes.contains(OOXML + "wordprocessingml.document.main+xml")) {
            return Sniffed.of(FileType.DOCX);
        }
        if (contentTypes.contains(OOXML + "spreadsheetml.sheet.main+xml")) {
            return Sniffed.of(FileType.XLSX);
        }
        if (contentTypes.contains(OOXML + "presentationml.presentation.main+xml")) {
            return Sniffed.of(FileType.PPTX);
        }
        return Sniffed.other("a ZIP archive");
    }

    /** The text of the [Content_Types].xml entry, or null when there is none or the archive is unreadable. */
    private static @Nullable String contentTypesPart(byte[] bytes) {
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                boolean wanted = "[Content_Types].xml".equals(entry.getName());
                StringBuilder part = new StringBuilder();
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES || (wanted && part.length() + read > MAX_CONTENT_TYPES_BYTES)) {
                        return null;
                    }
                    if (wanted) {
                        part.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                    }
                }
                if (wanted) {
                    return part.toString();
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return startsWith(bytes, prefix.chars().toArray());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
