package com.mentorplatform.api.oversight;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.checkins.CheckInSignals;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.sponsorship.SponsorshipFlag;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * One pair as its mentor or HR oversees it.
 *
 * @param readOnly         whether the pair has ended (completed or ended early): its workspace is history
 * @param sponsorshipFlags the open flags, newest first
 * @param attention        why the pair needs attention, in words; empty when it does not
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record PairOverview(UUID pairId, PairStatus status, boolean readOnly, UUID cohortId, String cohortName,
                    UUID mentorId, String mentorName, UUID menteeId, String menteeName, CheckInSignals checkIns,
                    RoadmapProgress roadmap, List<SponsorshipFlag> sponsorshipFlags, List<AttentionReason> attention) {

    boolean needsAttention() {
        return !attention.isEmpty();
    }

    boolean current() {
        return status.isUnderway();
    }
}
