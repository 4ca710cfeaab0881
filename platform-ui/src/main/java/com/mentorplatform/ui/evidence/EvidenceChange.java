package com.mentorplatform.ui.evidence;

import com.mentorplatform.client.model.EvidenceKind;
import java.util.List;

/** New evidence or the whole of edited evidence, as the form filled it in (the file travels apart). */
record EvidenceChange(EvidenceKind kind, String title, String impact, String url, List<String> competencyIds,
        List<String> milestoneIds) {
}
