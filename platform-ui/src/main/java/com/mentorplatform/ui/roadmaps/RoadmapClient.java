package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.PairStatus;
import com.mentorplatform.client.model.ReviewRequest;
import com.mentorplatform.client.model.ReviewResponse;
import com.mentorplatform.client.model.TimelineItem;
import com.mentorplatform.client.model.TimelinePage;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.paging.KeysetPage;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.EndorsementDecision;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.ExperimentMove;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.MentorRatings;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.MilestoneMove;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.NewRoadmap;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.PaceChange;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.VisionChange;
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

    Roadmap roadmap(String id) {
        return api.get(roadmap(id, ""), Roadmap.class);
    }

    Roadmap create(NewRoadmap roadmap) {
        return api.send("POST", ROADMAPS, roadmap, Roadmap.class);
    }

    Roadmap updateVision(String id, VisionChange vision) {
        return api.send("PATCH", roadmap(id, ""), vision, Roadmap.class);
    }

    Gaps gaps(String id) {
        return api.get(roadmap(id, "/gaps"), Gaps.class);
    }

    Gaps rate(String id, MentorRatings ratings) {
        return api.send("PUT", roadmap(id, "/mentor-ratings"), ratings, Gaps.class);
    }

    Roadmap setPace(String id, PaceChange pace) {
        return api.send("PUT", roadmap(id, "/pace"), pace, Roadmap.class);
    }

    Roadmap agreePace(String id) {
        return api.send("POST", roadmap(id, "/pace/agreement"), null, Roadmap.class);
    }

    Milestone addMilestone(String roadmapId, MilestoneChange milestone) {
        return api.send("POST", roadmap(roadmapId, "/milestones"), milestone, Milestone.class);
    }

    Milestone updateMilestone(String id, MilestoneChange milestone) {
        return api.send("PATCH", MILESTONES + ApiPaths.encode(id), milestone, Milestone.class);
    }

    Milestone move(String id, MilestoneMove move) {
        return api.send("POST", MILESTONES + ApiPaths.encode(id) + "/status", move, Milestone.class);
    }

    Milestone endorse(String id, EndorsementDecision decision) {
        return api.send("POST", MILESTONES + ApiPaths.encode(id) + "/endorsement", decision, Milestone.class);
    }

    Experiment.Saved addExperiment(String roadmapId, ExperimentChange experiment) {
        return api.send("POST", roadmap(roadmapId, "/experiments"), experiment, Experiment.Saved.class);
    }

    Experiment.Saved updateExperiment(String id, ExperimentChange experiment) {
        return api.send("PATCH", EXPERIMENTS + ApiPaths.encode(id), experiment, Experiment.Saved.class);
    }

    Experiment.Saved moveExperiment(String id, ExperimentMove change) {
        return api.send("POST", EXPERIMENTS + ApiPaths.encode(id) + "/status", change, Experiment.Saved.class);
    }

    List<ReviewResponse> reviews(String roadmapId) {
        return api.getList(roadmap(roadmapId, "/reviews"), ReviewResponse.class);
    }

    ReviewResponse addReview(String roadmapId, ReviewRequest review) {
        return api.send("POST", roadmap(roadmapId, "/reviews"), review, ReviewResponse.class);
    }

    KeysetPage<TimelineItem> timeline(String roadmapId, int limit, String after) {
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
    String profileTargetRoleId() {
        return api.get("/api/me/mentee-profile", ProfileTarget.class).targetRoleId();
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

    private static String roadmap(String id, String rest) {
        return ROADMAPS + "/" + ApiPaths.encode(id) + rest;
    }

    record ProfileTarget(String targetRoleId) {}
}
