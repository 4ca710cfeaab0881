/**
 * Check-ins in people's own calendars (iCalendar, RFC 5545, built with ical4j): an invitation by mail to both
 * members of the pair when one is scheduled, an update with a raised SEQUENCE when it moves, a cancellation when
 * it is called off (iTIP, RFC 5546); and each person's private, revocable feed of their check-ins.
 */
package com.mentorplatform.api.icalendar;
