package com.mentorplatform.api.evidence;

import io.micronaut.serde.annotation.Serdeable;

/** The file attached to evidence: its name, checked content type, size and SHA-256 (hex). */
@Serdeable
public record EvidenceFile(String name, String contentType, int sizeBytes, String sha256) {
}
