/**
 * The tenant's competency framework for HR: the competencies with their five level descriptors, and the role
 * profiles that say which level of which competency a role requires.
 */
package com.mentorplatform.ui.framework;
