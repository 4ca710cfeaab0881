/**
 * The growth journal in the console: a mentee writes, searches and shares their entries ("Journal"); a mentor
 * reads what each mentee shared with them, next to that mentee's evidence.
 */
package com.mentorplatform.ui.journal;
