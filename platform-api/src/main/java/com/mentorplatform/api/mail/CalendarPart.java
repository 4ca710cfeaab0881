package com.mentorplatform.api.mail;

/**
 * An iCalendar object a mail carries beside its text (iMIP, RFC 6047): the scheduling method it uses
 * ({@code REQUEST} or {@code CANCEL}, RFC 5546), which also goes into the part's content type, and its text.
 */
public record CalendarPart(String method, String text) {
}
