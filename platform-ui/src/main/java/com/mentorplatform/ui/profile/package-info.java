/** The signed-in user's own profile: who they are, in which organisation, and with which roles. */
package com.mentorplatform.ui.profile;
