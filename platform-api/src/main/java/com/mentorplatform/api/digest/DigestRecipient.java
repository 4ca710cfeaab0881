package com.mentorplatform.api.digest;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A programme manager whose digest of a week was claimed for sending. */
@MappedEntity
record DigestRecipient(@Id UUID personId) {
}
