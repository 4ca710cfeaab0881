package com.mentorplatform.api.mail;

import io.micronaut.core.annotation.Introspected;

/** Where a person's mail goes and whose name it carries. */
@Introspected
record Recipient(String email, String displayName, String tenantName) {
}
