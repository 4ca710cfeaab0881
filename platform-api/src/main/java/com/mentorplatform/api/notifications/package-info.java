/** In-app notifications: short messages to one person (a pair became active or ended), read and marked read by them. */
package com.mentorplatform.api.notifications;
