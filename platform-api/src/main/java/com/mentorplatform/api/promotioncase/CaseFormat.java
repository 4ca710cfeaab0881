package com.mentorplatform.api.promotioncase;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The two shapes a promotion case is exported in. */
enum CaseFormat {
    PDF("application/pdf", "pdf"),
    MARKDOWN("text/markdown; charset=utf-8", "md");

    static final String MARKDOWN_TYPE = "text/markdown";

    private final String contentType;
    private final String extension;

    CaseFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format the body names, else the one the {@code Accept} header prefers, else PDF. */
    static CaseFormat chosen(@Nullable String format, @Nullable String accept) {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> PDF;
                case "markdown", "md" -> MARKDOWN;
                default -> throw ProblemException.invalidField("format", "must be pdf or markdown");
            };
        }
        return accept != null && accept.contains(MARKDOWN_TYPE) && !accept.contains(PDF.contentType) ? MARKDOWN : PDF;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    byte[] render(PromotionCase promotionCase) {
        return this == PDF ? PromotionCasePdf.render(promotionCase)
                : PromotionCaseMarkdown.render(promotionCase).getBytes(StandardCharsets.UTF_8);
    }
}
