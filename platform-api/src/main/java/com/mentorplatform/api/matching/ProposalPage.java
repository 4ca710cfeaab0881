package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of proposals; pass {@code next} as {@code after} for the following page (null on the last). */
@Serdeable
record ProposalPage(List<ProposalResponse> items, @Nullable String next) {
}
