/**
 * Built-in surveys of a pair's mentor and mentee: a fit pulse after the first held check-in, a quality survey
 * every 60 days of an active pair and an end-of-pair survey with a recommend score. Each person answers their
 * own, once; nobody reads an individual answer back (HR reads aggregates in the analytics feature).
 */
package com.mentorplatform.api.surveys;
