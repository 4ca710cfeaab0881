/**
 * What the screens of a mentee's workspace (journal, evidence) share: pickers of the tenant's competencies
 * and the mentee's milestones, and the badges that show such links.
 */
package com.mentorplatform.ui.workspace;
