package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.profiles.CompetencyLevel;
import com.mentorplatform.api.roadmaps.experiments.ExperimentRequest;
import com.mentorplatform.api.roadmaps.experiments.ExperimentService;
import com.mentorplatform.api.roadmaps.experiments.ExperimentStatus;
import com.mentorplatform.api.roadmaps.experiments.ExperimentStatusRequest;
import com.mentorplatform.api.roadmaps.gaps.GapService;
import com.mentorplatform.api.roadmaps.gaps.MentorRatingsRequest;
import com.mentorplatform.api.roadmaps.history.HistoryService;
import com.mentorplatform.api.roadmaps.history.ReviewRequest;
import com.mentorplatform.api.roadmaps.milestones.Endorsement;
import com.mentorplatform.api.roadmaps.milestones.EndorsementRequest;
import com.mentorplatform.api.roadmaps.milestones.MilestoneRequest;
import com.mentorplatform.api.roadmaps.milestones.MilestoneService;
import com.mentorplatform.api.roadmaps.milestones.MilestoneStatus;
import com.mentorplatform.api.roadmaps.milestones.MilestoneStatusRequest;
import com.mentorplatform.api.roadmaps.plans.CreateRoadmapRequest;
import com.mentorplatform.api.roadmaps.plans.PaceRequest;
import com.mentorplatform.api.roadmaps.plans.PaceService;
import com.mentorplatform.api.roadmaps.plans.RoadmapService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.DatedEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The steps demo roadmaps are made of, each one request of a mentee or their mentor through the
 * roadmap services, checked like a request first.
 */
@Singleton
class DemoRoadmapSteps {

    private final RoadmapService roadmaps;
    private final MilestoneService milestones;
    private final ExperimentService experiments;
    private final GapService gaps;
    private final PaceService pace;
    private final HistoryService history;

    DemoRoadmapSteps(RoadmapService roadmaps, MilestoneService milestones, ExperimentService experiments,
                     GapService gaps, PaceService pace, HistoryService history) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.experiments = experiments;
        this.gaps = gaps;
        this.pace = pace;
        this.history = history;
    }

    /** A roadmap being seeded: the world, the mentee and mentor acting on it, and its id. */
    record On(DemoWorld world, Caller mentee, Caller mentor, UUID roadmapId) {
    }

    On create(DemoWorld world, Caller mentee, Caller mentor, CreateRoadmapRequest request) {
        return new On(world, mentee, mentor, roadmaps.create(mentee, world.valid(request)).id());
    }

    UUID milestone(On on, MilestoneRequest request) {
        return milestones.create(on.mentee(), on.roadmapId(), on.world().valid(request)).id();
    }

    void move(On on, UUID milestone, MilestoneStatus status, @Nullable String note) {
        milestones.move(on.mentee(), milestone, on.world().valid(new MilestoneStatusRequest(status, note)));
    }

    /** The mentor's endorsement, or sending back. */
    void answer(On on, UUID milestone, Endorsement decision, String comment) {
        milestones.answer(on.mentor(), milestone, on.world().valid(new EndorsementRequest(decision, comment)));
    }

    /** The mentee moves the milestone's due date to the event's start and aligns it with the event. */
    void align(On on, UUID milestone, DatedEvent event) {
        milestones.patch(on.mentee(), milestone, JsonNode.createObjectNode(Map.of(
                "dueOn", JsonNode.createStringNode(event.startsOn().toString()),
                "calendarEventId", JsonNode.createStringNode(event.id().toString()))));
    }

    UUID experiment(On on, ExperimentRequest request) {
        return experiments.create(on.mentee(), on.roadmapId(), on.world().valid(request)).experiment().id();
    }

    void close(On on, UUID experiment, ExperimentStatus status, String result, String learned) {
        experiments.move(on.mentee(), experiment, on.world().valid(new ExperimentStatusRequest(status, result, learned)));
    }

    /** The mentee sets the pace and agrees to it; the mentor agrees too when asked. */
    void pace(On on, PaceRequest request, boolean mentorAgrees) {
        pace.set(on.mentee(), on.roadmapId(), on.world().valid(request));
        pace.agree(on.mentee(), on.roadmapId());
        if (mentorAgrees) {
            pace.agree(on.mentor(), on.roadmapId());
        }
    }

    void rate(On on, List<CompetencyLevel> ratings) {
        gaps.rate(on.mentor(), on.roadmapId(), on.world().valid(new MentorRatingsRequest(ratings)));
    }

    void review(On on, ReviewRequest request) {
        history.addReview(on.mentee(), on.roadmapId(), on.world().valid(request));
    }
}
