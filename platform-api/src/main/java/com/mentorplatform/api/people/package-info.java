/**
 * The tenant's people directory: who works where, at what level, under whom, and who has left.
 * HR roles read and write every field; mentors and mentees see directory fields only.
 */
package com.mentorplatform.api.people;
