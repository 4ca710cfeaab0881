package com.mentorplatform.ui.promotioncase;

/** The two files a case is exported as, as the API names them. */
enum CaseFormat {
    PDF("pdf", "pdf", "application/pdf"),
    MARKDOWN("markdown", "md", "text/markdown");

    private final String apiName;
    private final String extension;
    private final String contentType;

    CaseFormat(String apiName, String extension, String contentType) {
        this.apiName = apiName;
        this.extension = extension;
        this.contentType = contentType;
    }

    String apiName() {
        return apiName;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }
}
