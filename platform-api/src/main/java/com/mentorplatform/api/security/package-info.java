/**
 * Who is calling: access tokens (issued and checked through micronaut-security-jwt, with a pinned algorithm,
 * issuer and audience, and the platform's claim rules plugged in), password hashing, roles, and the
 * {@link com.mentorplatform.api.security.Caller}.
 */
package com.mentorplatform.api.security;
