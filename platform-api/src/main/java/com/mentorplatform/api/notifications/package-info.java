/**
 * In-app notifications: short messages to one person (a pair became active or ended, a milestone was
 * reached, endorsed or sent back, a mentee was flagged for sponsorship, a survey
 * waits), read and marked read by them.
 */
package com.mentorplatform.api.notifications;
