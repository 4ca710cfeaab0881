package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 100,000-row import through the real HTTP API, timed from POST to DONE. Not part of the normal
 * run: {@code mvn -o verify -pl platform-api -am -Dtest=ImportBenchmark -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Writes the file to {@code target/import-benchmark-100k.csv}
 * for the {@code psql \copy} comparison.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {

    static final int ROWS = 100_000;
    static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "People", "Operations",
            "Legal", "Customer Success", "Product", "Data"};
    static final String[] LOCATIONS = {"Berlin", "Lisbon", "London", "New York", "Singapore", "Toronto", "Warsaw"};
    static final String[] ZONES = {"Europe/Berlin", "Europe/Lisbon", "Europe/London", "America/New_York",
            "Asia/Singapore", "America/Toronto", "Europe/Warsaw"};
    static final String[] LANGUAGES = {"de", "pt", "en", "en", "en", "fr", "pl"};

    @Test
    void imports_one_hundred_thousand_rows_and_reimports_them_with_changes() throws IOException {
        String admin = TestTenant.create("Benchmark Co").admin().token();
        String first = file(0);
        Files.writeString(Path.of("target", "import-benchmark-100k.csv"), first, StandardCharsets.UTF_8);

        JsonNode created = timed("first import (100,000 new people)", admin, first);
        JsonNode changed = timed("second import (10% changed)", admin, file(10));
        JsonNode same = timed("third import (nothing changed)", admin, file(10));

        assertThat(created.get("created").getIntValue()).isEqualTo(ROWS);
        assertThat(changed.get("updated").getIntValue()).isBetween(ROWS / 20, ROWS / 5);
        assertThat(same.get("unchanged").getIntValue()).isEqualTo(ROWS);
    }

    private static JsonNode timed(String what, String admin, String csv) {
        long start = System.nanoTime();
        JsonNode summary = Imports.apply(admin, csv);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("IMPORT BENCHMARK %s: %d ms, %s%n", what, millis, summary);
        assertThat(summary.get("status").getStringValue()).isEqualTo("DONE");
        return summary;
    }

    /** A realistic export: a management tree (managers listed after their reports too), 5% leavers. */
    static String file(int changedPercent) {
        Random random = new Random(42);
        Random changes = new Random(7);
        StringBuilder csv = new StringBuilder(ROWS * 160);
        csv.append("email,display_name,department,location,job_title,level,manager_email,hired_on,left_on,language,time_zone\n");
        for (int i = 0; i < ROWS; i++) {
            int site = random.nextInt(LOCATIONS.length);
            int level = 1 + random.nextInt(12);
            boolean changed = changes.nextInt(100) < changedPercent;
            int year = 2005 + random.nextInt(20);
            String hired = year + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
            String left = random.nextInt(100) < 5 ? (year + 1) + "-06-30" : "";
            String manager = i == 0 ? "" : "person" + manager(i) + "@bench.example";
            csv.append("person").append(i).append("@bench.example,Person ").append(i).append(' ')
                    .append((char) ('A' + i % 26)).append(',').append(DEPARTMENTS[i % DEPARTMENTS.length]).append(',')
                    .append(LOCATIONS[site]).append(",Specialist ").append(level).append(',')
                    .append(changed ? Math.min(20, level + 1) : level).append(',').append(manager).append(',')
                    .append(hired).append(',').append(left).append(',').append(LANGUAGES[site]).append(',')
                    .append(ZONES[site]).append('\n');
        }
        return csv.toString();
    }

    /** Person i reports to someone with a smaller index: a tree ten wide, so managers appear before and after. */
    private static int manager(int i) {
        return (i - 1) / 10;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
