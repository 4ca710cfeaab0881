/**
 * Evidence in the console: a mentee collects links, documents and files that prove readiness ("Evidence");
 * their mentor reads it on the mentee's journal and evidence page.
 */
package com.mentorplatform.ui.evidence;
