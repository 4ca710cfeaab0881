/** CSV answers: report tables written from their row records, and text made safe to open in a spreadsheet. */
package com.mentorplatform.api.csv;
