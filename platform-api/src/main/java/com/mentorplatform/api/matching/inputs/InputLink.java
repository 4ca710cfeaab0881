package com.mentorplatform.api.matching.inputs;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/**
 * A mentee's link to another person: {@code MANAGER} (position 1 is the own manager, then upwards),
 * {@code PREFERRED} (position is the rank) or {@code AVOIDED}.
 */
@Introspected
record InputLink(UUID personId, String kind, UUID otherId, int position) {
}
