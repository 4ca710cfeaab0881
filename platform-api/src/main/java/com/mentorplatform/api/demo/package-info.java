/**
 * Demo data for trying the platform: the operators' tenant and two customer tenants with a few
 * hundred people each. Seeded only when {@code PLATFORM_DEMO=true} and the database has no tenants.
 */
package com.mentorplatform.api.demo;
