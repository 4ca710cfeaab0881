/**
 * The seams between features: {@link com.mentorplatform.api.seams.Published} marks what one feature offers the
 * others (docs/ARCHITECTURE.md, "How features read each other's data").
 */
package com.mentorplatform.api.seams;
