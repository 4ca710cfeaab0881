package com.mentorplatform.api.roadmaps.gaps;

import com.mentorplatform.api.profiles.CompetencyLevel;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Roadmap;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The mentor's ratings on the showcase roadmap, so its gaps compare the mentee's view with the mentor's. */
@Singleton
class DemoGaps implements DemoStep {

    private final GapService gaps;

    DemoGaps(GapService gaps) {
        this.gaps = gaps;
    }

    @Override
    public int order() {
        return 930;
    }

    @Override
    public void seed(DemoWorld world) {
        Map<String, UUID> skill = world.get(DemoWorld.FRAMEWORK).competencies();
        for (Roadmap roadmap : world.get(DemoWorld.ROADMAPS)) {
            if (roadmap.story() == DemoWorld.Story.SHOWCASE) {
                gaps.rate(roadmap.mentor(world), roadmap.id(), world.valid(new MentorRatingsRequest(List.of(
                        new CompetencyLevel(skill.get("Data literacy"), 3),
                        new CompetencyLevel(skill.get("Stakeholder management"), 2)))));
            }
        }
    }
}
