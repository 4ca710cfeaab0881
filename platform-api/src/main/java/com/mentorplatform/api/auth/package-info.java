/**
 * Logging in and staying logged in: accounts, password checks with lockout, access tokens and
 * rotating refresh tokens, logout, and "who am I".
 */
package com.mentorplatform.api.auth;
