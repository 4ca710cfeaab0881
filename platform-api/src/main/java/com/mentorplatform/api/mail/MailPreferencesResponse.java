package com.mentorplatform.api.mail;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The caller's mail settings: whether the platform sends mail at all ({@code mailEnabled}, from its
 * configuration), and for every notification kind whether they get it by mail.
 */
@Serdeable
record MailPreferencesResponse(boolean mailEnabled, Map<String, Boolean> kinds) {
}
