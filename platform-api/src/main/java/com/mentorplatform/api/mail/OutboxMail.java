package com.mentorplatform.api.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * A mail claimed from the outbox for delivery, as it was rendered when the change happened; an invitation also
 * carries its iCalendar object and method.
 */
@MappedEntity("mail_outbox")
record OutboxMail(@Id UUID id, String toAddress, String fromName, String subject, String bodyText, String bodyHtml,
                  String unsubscribeUrl, int attempts, @Nullable String calendarMethod, @Nullable String calendar) {

    @Nullable
    CalendarPart calendarPart() {
        return calendar == null ? null : new CalendarPart(calendarMethod, calendar);
    }
}
