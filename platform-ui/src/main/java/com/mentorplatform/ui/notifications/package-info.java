/** The in-app notifications of the signed-in user: a bell in the header with the unread count, and their list. */
package com.mentorplatform.ui.notifications;
