/**
 * The participant's side of the built-in surveys: a banner in the mentee's and mentor's workspace while a
 * survey waits, and the short form that answers it once.
 */
package com.mentorplatform.ui.surveys;
