package com.mentorplatform.api.matching;

/** Where a proposal came from: the OPTIMISER, an existing pair the run KEPT, or a MANUAL assignment. */
enum ProposalSource {
    OPTIMISER, KEPT, MANUAL
}
