package com.mentorplatform.ui.promotioncase;

import com.mentorplatform.client.model.EvidenceResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapStatus;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The roadmap, evidence and promotion-case routes the promotion-case screen uses. */
final class PromotionCaseClient {

    private final ApiClient api;

    PromotionCaseClient(ApiClient api) {
        this.api = api;
    }

    /** The signed-in mentee's newest active roadmap, whole, if they have one. */
    Optional<RoadmapResponse> currentRoadmap() {
        return api.getList("/api/roadmaps", RoadmapSummary.class).stream()
                .filter(roadmap -> roadmap.getStatus() == RoadmapStatus.ACTIVE).findFirst()
                .map(roadmap -> api.get("/api/roadmaps/" + ApiPaths.encode(roadmap.getId().toString()),
                        RoadmapResponse.class));
    }

    /** The signed-in mentee's evidence, newest first. */
    List<EvidenceResponse> evidence() {
        return api.getAllPages("/api/evidence", EvidenceResponse.class);
    }

    /** The case file of the chosen milestones and evidence. */
    byte[] export(String roadmapId, Selection selection, CaseFormat format) {
        return api.download("POST", "/api/roadmaps/" + ApiPaths.encode(roadmapId) + "/promotion-case",
                new ExportRequest(selection.milestoneIds(), selection.evidenceIds(), format.apiName()));
    }

    /** The case as Markdown text, for the preview. */
    String markdown(String roadmapId, Selection selection) {
        return new String(export(roadmapId, selection, CaseFormat.MARKDOWN), StandardCharsets.UTF_8);
    }

    /** What the mentee chose, in the order shown. */
    record Selection(List<String> milestoneIds, List<String> evidenceIds) {

        static final Selection NONE = new Selection(List.of(), List.of());

        Selection {
            milestoneIds = List.copyOf(milestoneIds);
            evidenceIds = List.copyOf(evidenceIds);
        }

        boolean empty() {
            return milestoneIds.isEmpty() && evidenceIds.isEmpty();
        }
    }

    /** The body of {@code POST /api/roadmaps/{id}/promotion-case}. */
    record ExportRequest(List<String> milestoneIds, List<String> evidenceIds, String format) {
    }
}
