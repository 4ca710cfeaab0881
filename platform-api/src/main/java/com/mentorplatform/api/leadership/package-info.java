/**
 * Leadership reports: aggregates only, one breakdown at a time, drawn from the analytics snapshot, with every
 * group smaller than the tenant's anonymity threshold hidden, and the cells that would let one be worked out by
 * subtraction hidden too. Also the threshold setting.
 */
package com.mentorplatform.api.leadership;
