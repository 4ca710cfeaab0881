/** The platform operator's list of tenants (customer organisations) and the dialog that creates one with its first admin. */
package com.mentorplatform.ui.tenants;
