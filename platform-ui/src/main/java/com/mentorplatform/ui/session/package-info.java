/**
 * Who is signed in to this browser session and what they may open: the tokens and profile kept in the
 * Vaadin session, the route guard that sends strangers to the login page, and the error handling for
 * expired sessions and an unreachable API.
 */
package com.mentorplatform.ui.session;
