/**
 * SCIM 2.0 provisioning (RFC 7643/7644) under {@code /scim/v2}: an identity provider creates, updates and
 * deactivates the tenant's people with a tenant-scoped token an admin issues; every change goes through the
 * people service, so the history, audit and reporting-line checks are the directory's own.
 */
package com.mentorplatform.api.scim;
