/**
 * The promotion case: a mentee picks reached milestones and evidence from their roadmap and exports a short
 * brief for decision-makers, as PDF or Markdown. Private journal entries and private notes are never read.
 */
package com.mentorplatform.api.promotioncase;
