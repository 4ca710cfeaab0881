/**
 * Programmes and their cohorts for HR (tenant admins and programme managers): the programme list, a
 * programme's page with its cohorts, and the dialogs that create and change them.
 */
package com.mentorplatform.ui.programmes;
