package com.mentorplatform.api.mail;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A mail claimed from the outbox for delivery, as it was rendered when the change happened. */
@MappedEntity("mail_outbox")
record OutboxMail(@Id UUID id, String toAddress, String fromName, String subject, String bodyText, String bodyHtml,
                  String unsubscribeUrl, int attempts) {
}
