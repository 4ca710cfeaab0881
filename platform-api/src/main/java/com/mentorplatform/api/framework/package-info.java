/**
 * The tenant's competency framework: competencies with five described levels, and role profiles
 * stating the level each target role requires in each competency. HR writes; participants read.
 */
package com.mentorplatform.api.framework;
