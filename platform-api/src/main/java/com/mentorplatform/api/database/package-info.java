/**
 * Finds the PostgreSQL the platform runs on (configured, embedded, or local), creates its schema
 * with Flyway as the owning user, and hands Micronaut a pool that runs as the restricted app role.
 * {@link com.mentorplatform.api.database.BulkCopy} streams bulk rows with COPY inside a transaction.
 */
package com.mentorplatform.api.database;
