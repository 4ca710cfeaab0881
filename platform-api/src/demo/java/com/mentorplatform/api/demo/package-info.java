/**
 * Demo data for trying the platform: the operators' tenant and two customer tenants with a few hundred people,
 * seeded only when {@code PLATFORM_DEMO=true} and the database has no tenants ({@code DemoData}). This package
 * makes the tenants, their people and the demo logins, then runs every feature's
 * {@link com.mentorplatform.api.seeding.DemoStep} in order ({@code DemoTenant}; each feature's demo data lives in
 * the feature's own package under {@code src/demo/java}), then adds years of synthetic history
 * ({@code synthetic}). Also the scale command ({@link com.mentorplatform.api.demo.ScaleTenant}).
 */
package com.mentorplatform.api.demo;
