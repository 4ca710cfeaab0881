package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.ProposalResponse;
import com.mentorplatform.client.model.ProposalSource;
import com.mentorplatform.client.model.ProposalStatus;

/** What the workbench reads from a proposal besides its fields ({@code status} and {@code source} are strings). */
final class Proposals {

    private Proposals() {}

    static boolean isAccepted(ProposalResponse proposal) {
        return proposal.getStatus() == ProposalStatus.ACCEPTED;
    }

    /** Whether a swap or an assignment made this pair rather than the optimiser. */
    static boolean isByHand(ProposalResponse proposal) {
        return proposal.getSource() == ProposalSource.MANUAL;
    }

    /** "3 of 4": the mentor's places this run's proposals use. */
    static String capacityText(ProposalResponse proposal) {
        return proposal.getCapacityUsed() + " of " + proposal.getMentorCapacity();
    }
}
