/**
 * HR's programme analytics: the dashboard of completion, engagement, participation and retention figures over
 * the API's analytics endpoints, with filters, charts, their tables and CSV downloads, and the drill-down to pairs.
 */
package com.mentorplatform.ui.analytics;
