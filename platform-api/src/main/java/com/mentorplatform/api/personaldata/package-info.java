/**
 * A person's own data: the export of everything the platform holds about them (a ZIP of JSON files and
 * their uploaded files, produced in the background under a lease), and its erasure by a tenant admin,
 * which removes what only they wrote and pseudonymises the rest so shared records and figures stay true.
 */
package com.mentorplatform.api.personaldata;
