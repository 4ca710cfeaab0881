/**
 * Exports produced in the background as a ZIP of JSON files (a person's data, a whole tenant): the job that
 * writes one under a lease and stores it in one transaction, and the writer that streams query rows into the ZIP.
 */
package com.mentorplatform.api.export;
