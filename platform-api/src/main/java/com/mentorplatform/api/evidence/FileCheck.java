package com.mentorplatform.api.evidence;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import io.micronaut.core.annotation.Nullable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Accepts an uploaded file only when its bytes, its name and its declared content type all say the same
 * accepted type: a program renamed .pdf or a web page named .png is a 400 naming {@code file} that says
 * what the bytes look like. Files are at most 10 MB (10 MiB, as the database allows).
 */
final class FileCheck {

    /** The largest file, in bytes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String FIELD = "file";
    /** Declared types that claim nothing in particular; the bytes and the name decide. */
    private static final Set<String> UNSPECIFIC = Set.of("", "application/octet-stream", "binary/octet-stream",
            "application/zip", "application/x-zip-compressed", "application/x-zip");

    /** A file that passed: the name and content type to store, and its SHA-256 in hex. */
    record Accepted(String fileName, String contentType, byte[] content, String sha256) {
    }

    private FileCheck() {
    }

    /** The file as it will be stored; a 400 naming {@code file} with {@link #refusal}'s words otherwise. */
    static Accepted check(@Nullable String fileName, @Nullable String declaredType, byte[] content) {
        String refusal = refusal(fileName, declaredType, content);
        if (refusal != null) {
            throw ProblemException.invalidField(FIELD, refusal);
        }
        return new Accepted(fileName, FileType.byName(fileName).orElseThrow().contentTypeFor(fileName), content,
                sha256(content));
    }

    /** Why the file is refused, e.g. "looks like a Windows program, not a PDF document"; null when accepted. */
    static @Nullable String refusal(@Nullable String fileName, @Nullable String declaredType, byte[] content) {
        if (fileName == null) {
            return "needs a name: send it as Content-Disposition: attachment; filename=\"...\"";
        }
        if (content.length == 0) {
            return "is empty";
        }
        FileType named = FileType.byName(fileName).orElse(null);
        if (named == null) {
            return FileType.extension(fileName).isEmpty()
                    ? "has no type in its name (such as .pdf); accepted are " + FileType.ACCEPTED
                    : "'." + FileType.extension(fileName) + "' files are not accepted; accepted are " + FileType.ACCEPTED;
        }
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(content);
        if (sniffed.type() != named) {
            return "looks like " + sniffed.description() + ", not " + named.description;
        }
        String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (UNSPECIFIC.contains(declared)) {
            return null;
        }
        FileType claimed = FileType.byContentType(declared).orElse(null);
        if (claimed == null) {
            return "is declared as " + declared + ", which is not accepted; accepted are " + FileType.ACCEPTED;
        }
        return claimed == named ? null
                : "looks like " + sniffed.description() + ", not " + claimed.description + " (" + declared + ")";
    }

    /** A 413 naming {@code file}: the limit is the route's, below the server's overall one. */
    static ProblemException tooLarge() {
        return ProblemType.PAYLOAD_TOO_LARGE.exception(
                "The file is larger than 10 MB: evidence files may be up to 10 MB (10,485,760 bytes)",
                List.of(new Problem.Violation(FIELD, "is larger than 10 MB")));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
