/**
 * A roadmap's experiments: bite-sized, timeboxed actions (a project, training, a stretch assignment)
 * with a success metric, a result and what was learned; and the warning when too many run at once.
 */
package com.mentorplatform.api.roadmaps.experiments;
