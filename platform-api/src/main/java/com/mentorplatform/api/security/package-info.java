/**
 * Who is calling: access tokens (issued and checked here with a pinned algorithm, issuer and
 * audience), password hashing, roles, and the {@link com.mentorplatform.api.security.Caller}.
 */
package com.mentorplatform.api.security;
