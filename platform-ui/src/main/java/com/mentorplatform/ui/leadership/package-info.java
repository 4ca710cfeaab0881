/**
 * Leadership reports: aggregate figures only, by one breakdown at a time, with every cell about fewer people than
 * the tenant's threshold hidden and marked as such, the CSV of the table and the board report PDF.
 */
package com.mentorplatform.ui.leadership;
