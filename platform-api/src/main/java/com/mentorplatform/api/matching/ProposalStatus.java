package com.mentorplatform.api.matching;

/** A proposal stays PROPOSED until it is ACCEPTED and becomes a pair. */
enum ProposalStatus {
    PROPOSED, ACCEPTED
}
