/**
 * A roadmap's review points (what changed and why) and its timeline: every change, newest first, with
 * who made it, a one-line summary, and what it changed before and after.
 */
package com.mentorplatform.api.roadmaps.history;
