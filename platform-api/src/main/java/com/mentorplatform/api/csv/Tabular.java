package com.mentorplatform.api.csv;

import java.util.List;

/** A report made of tables: it answers as JSON, or as one of its tables in CSV. */
public interface Tabular {

    /** The report's tables, the one a CSV answer gives by default first. */
    List<CsvTable<?>> tables();
}
