package com.mentorplatform.api.leadership;

/** How a leader table column's figures read: a whole COUNT, a PERCENT (its value a 0–1 ratio) or a DECIMAL. */
enum ColumnFormat {
    COUNT, PERCENT, DECIMAL
}
