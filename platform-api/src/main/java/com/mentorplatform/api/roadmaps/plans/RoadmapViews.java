package com.mentorplatform.api.roadmaps.plans;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.roadmaps.OpenRoadmap;
import com.mentorplatform.api.roadmaps.RoadmapStatus;
import com.mentorplatform.api.roadmaps.experiments.ExperimentService;
import com.mentorplatform.api.roadmaps.experiments.Workload;
import com.mentorplatform.api.roadmaps.milestones.MilestoneService;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Puts a whole roadmap together (a handful of queries, none per milestone), inside an open transaction. */
@Singleton
class RoadmapViews {

    private final RoadmapRepository roadmaps;
    private final MilestoneService milestones;
    private final ExperimentService experiments;

    RoadmapViews(RoadmapRepository roadmaps, MilestoneService milestones, ExperimentService experiments) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.experiments = experiments;
    }

    RoadmapRow row(UUID tenantId, UUID id) {
        return roadmaps.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Roadmap"));
    }

    RoadmapResponse of(OpenRoadmap roadmap) {
        RoadmapRow r = row(roadmap.tenantId(), roadmap.id());
        Workload workload = experiments.workloadInOpenTransaction(roadmap);
        // An archived roadmap is history: what ran on it then is no longer something to act on.
        boolean active = r.status() == RoadmapStatus.ACTIVE;
        return new RoadmapResponse(r.id(), r.menteeId(), r.menteeName(), r.cohortId(), r.cohortName(), r.status(),
                Vision.of(r), pace(roadmap, r), milestones.listInOpenTransaction(roadmap),
                workload.experiments(), workload.active(), workload.limit(), active && workload.overcommitted(),
                active ? workload.warnings() : List.of(), roadmap.relation(), r.createdAt(), r.updatedAt());
    }

    private Pace pace(OpenRoadmap roadmap, RoadmapRow r) {
        if (r.paceMeasure() == null) {
            return null;
        }
        int achieved = roadmaps.achieved(roadmap.tenantId(), r.id(), r.menteeId(), r.paceMeasure().name(),
                r.pacePeriodDays());
        return new Pace(r.paceStatement(), r.paceMeasure(), r.paceMinimum(), r.pacePeriodDays(),
                r.paceAgreedByMenteeAt(), r.paceAgreedByMentorAt(), achieved, achieved >= r.paceMinimum());
    }
}
