/**
 * The tenant's people directory for HR (tenant admins and programme managers): a lazily paged, searchable
 * grid over the API's keyset pages, and a side panel to add or correct a person and read their history.
 */
package com.mentorplatform.ui.people;
