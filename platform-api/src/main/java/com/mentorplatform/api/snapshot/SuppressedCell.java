package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The key of one leader cell the snapshot's anonymity plan hides. */
@MappedEntity
record SuppressedCell(@Id String cellKey) {
}
