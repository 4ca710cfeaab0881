/** The append-only audit log: who changed what, when, with the state before and after. */
package com.mentorplatform.api.audit;
