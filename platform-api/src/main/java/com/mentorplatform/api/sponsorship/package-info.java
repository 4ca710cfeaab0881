/**
 * Sponsorship flags: a mentor marks a mentee as ready for sponsorship or a stretch assignment, with a
 * note; programme managers see the open flags, and the mentee sees the flags about them.
 */
package com.mentorplatform.api.sponsorship;
