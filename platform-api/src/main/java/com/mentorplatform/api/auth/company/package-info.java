/**
 * Company sign-in: each tenant may sign its people in through its own OpenID Connect provider. Built on
 * micronaut-security-oauth2's OpenID client (authorization request, state, nonce, PKCE, code exchange), with
 * the tenant's provider read from the database instead of configuration, and the platform's rules plugged in:
 * the ID token checked against that provider's keys, each state usable once, and a person found by verified
 * e-mail inside the tenant only. The console receives the result as a single-use hand-off code.
 */
package com.mentorplatform.api.auth.company;
