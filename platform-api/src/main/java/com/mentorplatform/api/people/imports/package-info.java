/**
 * Import of the people directory from the HR system's CSV export: checked as a whole (dry run or
 * real), then applied set-based in one tenant transaction with history and audit, in the background.
 */
package com.mentorplatform.api.people.imports;
