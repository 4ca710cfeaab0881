package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a status change or endorsement changes of a milestone, as its history keeps it. */
@Serdeable
record MilestoneState(String title, MilestoneStatus status, @Nullable String note, @Nullable Endorsement endorsement,
                      @Nullable String comment) {

    static MilestoneState before(MilestoneRow m) {
        return new MilestoneState(m.title(), m.status(), null, m.endorsement(), m.endorsementComment());
    }

    static MilestoneState after(MilestoneRow m, Progress p, @Nullable String note) {
        return new MilestoneState(m.title(), p.status(), note, p.endorsement(), p.endorsementComment());
    }
}
