package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceKind;
import com.mentorplatform.ui.workspace.Named;
import java.time.Instant;
import java.util.List;

/** A piece of evidence as {@code /api/evidence} returns it; {@code file} is null until one is uploaded. */
record Evidence(String id, String menteeId, EvidenceKind kind, String title, String impact, String url,
        EvidenceFile file, List<Named> competencies, List<String> milestoneIds, Instant createdAt, Instant updatedAt) {

    Evidence {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        milestoneIds = milestoneIds == null ? List.of() : List.copyOf(milestoneIds);
    }

    /** The file attached to evidence: name, checked content type and size. */
    record EvidenceFile(String name, String contentType, long sizeBytes) {

        /** "1.2 MB", "640 KB", "12 bytes". */
        String size() {
            if (sizeBytes >= 1024 * 1024) {
                return String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0));
            }
            return sizeBytes >= 1024 ? (sizeBytes / 1024) + " KB" : sizeBytes + " bytes";
        }
    }
}
