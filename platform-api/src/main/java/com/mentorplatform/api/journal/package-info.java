/**
 * The mentee's growth journal: dated entries of learning and impact, linked to competencies and
 * milestones, private to their author unless shared with the mentor, and searchable by their author.
 */
package com.mentorplatform.api.journal;
