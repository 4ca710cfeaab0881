/**
 * Programme analytics for HR (tenant admins and programme managers): milestone completion, engagement,
 * participation, survey results (suppressed below the tenant's anonymity threshold) and the pairs behind
 * each number, computed live in set-based SQL over the tenant's own rows
 * and turned into figures with the KPI definitions of platform-analytics. Every table also answers as CSV.
 */
package com.mentorplatform.api.analytics;
