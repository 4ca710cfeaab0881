package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.client.model.CreateRoadmapRequest;
import com.mentorplatform.client.model.EndorsementRequest;
import com.mentorplatform.client.model.ExperimentResult;
import com.mentorplatform.client.model.ExperimentStatusRequest;
import com.mentorplatform.client.model.GapsResponse;
import com.mentorplatform.client.model.MenteeProfileResponse;
import com.mentorplatform.client.model.MentorRatingsRequest;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatusRequest;
import com.mentorplatform.client.model.PaceRequest;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.ReviewRequest;
import com.mentorplatform.client.model.ReviewResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.client.model.TimelineItem;
import com.mentorplatform.client.model.TimelinePage;
import com.mentorplatform.client.model.VisionPatch;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The roadmaps part of the API, typed; every refusal (a bad field, a state conflict) is an {@code ApiProblem}. */
final class RoadmapClient {

    private static final String ROADMAPS = "/api/roadmaps";
    private static final String MILESTONES = "/api/milestones/";
    private static final String EXPERIMENTS = "/api/experiments/";

    private final ApiClient api;

    RoadmapClient(ApiClient api) {
        this.api = api;
    }

    /** The mentee's roadmaps, newest first; the caller's own when {@code menteeId} is null. */
    List<RoadmapSummary> summaries(String menteeId) {
        return api.getList(ROADMAPS + ApiPaths.query(Map.of("menteeId", ApiPaths.orEmpty(menteeId))),
                RoadmapSummary.class);
    }

    RoadmapResponse roadmap(UUID id) {
        return api.get(roadmap(id, ""), RoadmapResponse.class);
    }

    RoadmapResponse create(CreateRoadmapRequest roadmap) {
        return api.send("POST", ROADMAPS, roadmap, RoadmapResponse.class);
    }

    RoadmapResponse updateVision(UUID id, VisionPatch vision) {
        return api.send("PATCH", roadmap(id, ""), vision, RoadmapResponse.class);
    }

    GapsResponse gaps(UUID id) {
        return api.get(roadmap(id, "/gaps"), GapsResponse.class);
    }

    GapsResponse rate(UUID id, MentorRatingsRequest ratings) {
        return api.send("PUT", roadmap(id, "/mentor-ratings"), ratings, GapsResponse.class);
    }

    RoadmapResponse setPace(UUID id, PaceRequest pace) {
        return api.send("PUT", roadmap(id, "/pace"), pace, RoadmapResponse.class);
    }

    RoadmapResponse agreePace(UUID id) {
        return api.send("POST", roadmap(id, "/pace/agreement"), null, RoadmapResponse.class);
    }

    MilestoneResponse addMilestone(UUID roadmapId, MilestoneChange milestone) {
        return api.send("POST", roadmap(roadmapId, "/milestones"), milestone, MilestoneResponse.class);
    }

    MilestoneResponse updateMilestone(UUID id, MilestoneChange milestone) {
        return api.send("PATCH", MILESTONES + id, milestone, MilestoneResponse.class);
    }

    MilestoneResponse move(UUID id, MilestoneStatusRequest move) {
        return api.send("POST", MILESTONES + id + "/status", move, MilestoneResponse.class);
    }

    MilestoneResponse endorse(UUID id, EndorsementRequest decision) {
        return api.send("POST", MILESTONES + id + "/endorsement", decision, MilestoneResponse.class);
    }

    ExperimentResult addExperiment(UUID roadmapId, ExperimentChange experiment) {
        return api.send("POST", roadmap(roadmapId, "/experiments"), experiment, ExperimentResult.class);
    }

    ExperimentResult updateExperiment(UUID id, ExperimentChange experiment) {
        return api.send("PATCH", EXPERIMENTS + id, experiment, ExperimentResult.class);
    }

    ExperimentResult moveExperiment(UUID id, ExperimentStatusRequest change) {
        return api.send("POST", EXPERIMENTS + id + "/status", change, ExperimentResult.class);
    }

    List<ReviewResponse> reviews(UUID roadmapId) {
        return api.getList(roadmap(roadmapId, "/reviews"), ReviewResponse.class);
    }

    ReviewResponse addReview(UUID roadmapId, ReviewRequest review) {
        return api.send("POST", roadmap(roadmapId, "/reviews"), review, ReviewResponse.class);
    }

    KeysetPage<TimelineItem> timeline(UUID roadmapId, int limit, String after) {
        String path = roadmap(roadmapId, "/timeline")
                + ApiPaths.query(Map.of("limit", String.valueOf(limit), "after", ApiPaths.orEmpty(after)));
        TimelinePage page = api.get(path, TimelinePage.class);
        return new KeysetPage<>(page.getItems(), page.getNext());
    }

    /** The cohorts of the user's current pairs in which they are the mentee, each once. */
    List<PairResponse> cohortsAsMentee(String userId) {
        Map<UUID, PairResponse> byCohort = new LinkedHashMap<>();
        api.getList("/api/me/pairs", PairResponse.class).stream()
                .filter(pair -> userId.equals(pair.getMenteeId().toString()) && isCurrent(pair.getStatus()))
                .forEach(pair -> byCohort.putIfAbsent(pair.getCohortId(), pair));
        return List.copyOf(byCohort.values());
    }

    /** The target role of the user's mentee profile, to suggest for a new roadmap; null when none is set. */
    UUID profileTargetRoleId() {
        return api.get("/api/me/mentee-profile", MenteeProfileResponse.class).getTargetRoleId();
    }

    /** Organisational events from today on, for aligning a due date. */
    List<CalendarEventResponse> calendarAhead(int months) {
        LocalDate today = LocalDate.now();
        return api.getList("/api/calendar" + ApiPaths.query(Map.of("from", today.toString(),
                "to", today.plusMonths(months).toString())), CalendarEventResponse.class);
    }

    /** A pair that runs (or is about to) rather than one that ended. */
    private static boolean isCurrent(PairStatus status) {
        return status == PairStatus.PROPOSED || status == PairStatus.ACTIVE || status == PairStatus.PAUSED;
    }

    private static String roadmap(UUID id, String rest) {
        return ROADMAPS + "/" + id + rest;
    }
}
