/**
 * A tenant admin's sign-in and provisioning settings: the company's identity provider (company sign-in, and
 * whether passwords still work) and the SCIM tokens an identity provider keeps the directory in step with.
 */
package com.mentorplatform.ui.signin;
