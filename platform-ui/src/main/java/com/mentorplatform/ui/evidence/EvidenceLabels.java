package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceKind;

/** How the console words a piece of evidence's kind: the one place for that text. The kinds are the contract's. */
final class EvidenceLabels {

    private EvidenceLabels() {}

    static String kind(EvidenceKind kind) {
        return switch (kind) {
            case DASHBOARD -> "Dashboard";
            case CASE_STUDY -> "Case study";
            case DOCUMENTED_OUTCOME -> "Documented outcome";
            case LINK -> "Link";
            case FILE -> "File";
        };
    }
}
