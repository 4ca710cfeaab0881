/** The tenant's competency framework and role profiles as the console reads them, e.g. to fill in profiles. */
package com.mentorplatform.ui.framework;
