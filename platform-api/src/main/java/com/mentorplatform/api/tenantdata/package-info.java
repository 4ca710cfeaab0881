/**
 * A whole tenant's data, for platform operators: its export (a ZIP with a JSON file per tenant table and the
 * uploaded files, produced in the background), and its deletion after a grace period, which makes the tenant
 * inactive at once and later deletes every row it has, keeping only the record that it was deleted, by whom, when.
 */
package com.mentorplatform.api.tenantdata;
