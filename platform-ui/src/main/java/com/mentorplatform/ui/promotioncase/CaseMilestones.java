package com.mentorplatform.ui.promotioncase;

import com.mentorplatform.client.model.Endorsement;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.kit.Dates;
import java.time.ZoneOffset;
import java.util.List;

/** What the promotion case reads from a roadmap's milestones besides their fields. */
final class CaseMilestones {

    private CaseMilestones() {}

    /** The milestones a case may cite: the reached ones, in roadmap order. */
    static List<MilestoneResponse> reached(RoadmapResponse roadmap) {
        return roadmap.getMilestones().stream().filter(milestone -> milestone.getStatus() == MilestoneStatus.REACHED)
                .toList();
    }

    /** E.g. "Reached 12 Feb 2027, on time · endorsed by Yusuf Haddad". */
    static String summary(MilestoneResponse milestone) {
        // The day in UTC, not the console's zone: the API writes the case's PDF and Markdown that way, and the line
        // a mentee picks from should give the same day as the document they download.
        String when = "Reached " + Dates.day(milestone.getReachedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate())
                + (Boolean.TRUE.equals(milestone.getOnTime()) ? ", on time"
                        : ", after its due date " + Dates.day(milestone.getDueOn()));
        return milestone.getEndorsement() == Endorsement.ENDORSED
                ? when + " · endorsed by " + milestone.getEndorsedByName() : when + " · not endorsed yet";
    }
}
