/**
 * The tenant's competency framework: HR edits the competencies with their five level descriptors and the role
 * profiles that say which level of which competency a role requires; profile forms read both.
 */
package com.mentorplatform.ui.framework;
