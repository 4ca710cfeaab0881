package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceKind;
import com.mentorplatform.client.model.EvidenceResponseFile;

/** How the console words a piece of evidence's kind: the one place for that text. The kinds are the contract's. */
public final class EvidenceLabels {

    private EvidenceLabels() {}

    public static String kind(EvidenceKind kind) {
        return switch (kind) {
            case DASHBOARD -> "Dashboard";
            case CASE_STUDY -> "Case study";
            case DOCUMENTED_OUTCOME -> "Documented outcome";
            case LINK -> "Link";
            case FILE -> "File";
        };
    }

    /** The file's size, "1.2 MB", "640 KB", "12 bytes". */
    static String fileSize(EvidenceResponseFile file) {
        long bytes = file.getSizeBytes();
        if (bytes >= 1024 * 1024) {
            return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }
}
