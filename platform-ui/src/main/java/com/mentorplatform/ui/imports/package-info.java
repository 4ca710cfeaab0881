/**
 * Import of the people directory from the HR system's CSV export: upload, dry run with its problems by line
 * and column, then the real run with its progress, and the tenant's recent imports.
 */
package com.mentorplatform.ui.imports;
