/**
 * What a mentee's workspace records (journal entries, evidence) share: their links to the tenant's
 * competencies and to milestones on the mentee's own roadmaps, checked and named in one place.
 */
package com.mentorplatform.api.workspace;
