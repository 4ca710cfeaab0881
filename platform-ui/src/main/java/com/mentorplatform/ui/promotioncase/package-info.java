/** The mentee's promotion case: choose reached milestones and evidence, preview the case, download it as PDF or Markdown. */
package com.mentorplatform.ui.promotioncase;
