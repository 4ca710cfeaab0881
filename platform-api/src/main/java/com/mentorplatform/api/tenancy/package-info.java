/**
 * Tenants (created and listed by platform operators) and the one place where the authenticated
 * tenant is tied to the database transaction, so row-level security sees it.
 */
package com.mentorplatform.api.tenancy;
