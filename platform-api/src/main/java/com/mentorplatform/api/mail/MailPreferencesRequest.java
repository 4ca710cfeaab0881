package com.mentorplatform.api.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** Which notification kinds the caller wants by mail (true) or not (false); kinds not named keep their setting. */
@Serdeable
record MailPreferencesRequest(@NotNull Map<String, @Nullable Boolean> kinds) {
}
