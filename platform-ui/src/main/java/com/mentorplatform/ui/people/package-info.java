/**
 * The tenant's people directory for HR (tenant admins and programme managers): a lazily paged, searchable
 * grid over the API's keyset pages, and a side form to add or correct a person.
 */
package com.mentorplatform.ui.people;
