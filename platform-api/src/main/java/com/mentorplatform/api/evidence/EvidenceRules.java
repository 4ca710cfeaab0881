package com.mentorplatform.api.evidence;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rules of an evidence request beyond Bean Validation: its address and whether its kind fits a file. */
final class EvidenceRules {

    private static final String URL = "url";
    private static final String NOT_AN_ADDRESS = "must be an http or https address with a host, "
            + "e.g. https://dashboards.example.com/q3";

    private EvidenceRules() {
    }

    /** The request trimmed, its address checked; a 400 naming {@code url} or {@code kind} otherwise. */
    static EvidenceRequest checked(EvidenceRequest r, boolean hasFile) {
        if (hasFile && !r.kind().takesFile()) {
            throw ProblemException.invalidField("kind", "cannot be " + r.kind() + " while a file is attached");
        }
        return new EvidenceRequest(r.kind(), r.title().strip(), r.impact().strip(), url(r.kind(), r.url()),
                r.competencyIds(), r.milestoneIds());
    }

    private static @Nullable String url(EvidenceKind kind, @Nullable String url) {
        String given = FreeText.optional(url);
        if (given == null) {
            if (kind.needsUrl()) {
                throw ProblemException.invalidField(URL, "is required for a " + kind.name().toLowerCase(Locale.ROOT));
            }
            return null;
        }
        if (kind == EvidenceKind.FILE) {
            throw ProblemException.invalidField(URL, "is not used for a file: upload the file instead");
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField(URL, NOT_AN_ADDRESS);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.invalidField(URL, NOT_AN_ADDRESS);
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.invalidField(URL, "must not hold a user name or password");
        }
        return scheme.toLowerCase(Locale.ROOT) + given.substring(scheme.length());
    }
}
