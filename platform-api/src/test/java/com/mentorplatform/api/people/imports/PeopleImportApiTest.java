package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import static com.mentorplatform.api.people.imports.Imports.HEADER;
import static com.mentorplatform.api.people.imports.Imports.count;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing the HR export: counts, upserts by e-mail, managers in any order, idempotence, BOM and semicolons. */
class PeopleImportApiTest {

    TestTenant tenant;
    String admin;

    @BeforeEach
    void freshTenant() {
        tenant = TestTenant.create("Import Co");
        admin = tenant.admin().token();
    }

    String file() {
        return HEADER
                + "ana@import.test,Ana Report,Engineering,Berlin,Engineer,3,boss@import.test,2020-01-15,\n"
                + "boss@import.test,Bo Boss,Engineering,Berlin,Head of Engineering,7,,2015-03-01,\n"
                + "leaver@import.test,Lee Ver,Sales,Paris,Account Manager,4,boss@import.test,2018-05-01,2024-06-30\n";
    }

    @Test
    void a_dry_run_reports_what_would_be_created_and_changes_nothing() {
        Http.Response response = Imports.dryRun(admin, file());

        assertThat(response.status()).isEqualTo(200);
        JsonNode summary = response.json().get("summary");
        assertThat(count(summary, "created")).isEqualTo(3);
        assertThat(summary.get("dryRun").getBooleanValue()).isTrue();
        assertThat(summary.get("status").getStringValue()).isEqualTo("DONE");
        assertThat(people("import.test")).isEmpty();
    }

    @Test
    void a_real_run_creates_everyone_with_managers_named_later_in_the_file() {
        JsonNode summary = Imports.apply(admin, file());

        assertThat(summary.get("status").getStringValue()).isEqualTo("DONE");
        assertThat(count(summary, "created")).isEqualTo(3);
        assertThat(count(summary, "processedRows")).isEqualTo(3);
        JsonNode ana = person("ana@import.test");
        assertThat(ana.get("managerName").getStringValue()).isEqualTo("Bo Boss");
        assertThat(ana.get("level").getIntValue()).isEqualTo(3);
        assertThat(ana.get("hiredOn").getStringValue()).isEqualTo("2020-01-15");
        JsonNode leaver = person("leaver@import.test");
        assertThat(leaver.get("status").getStringValue()).isEqualTo("LEFT");
        assertThat(leaver.get("leftOn").getStringValue()).isEqualTo("2024-06-30");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        Imports.apply(admin, file());

        JsonNode again = Imports.apply(admin, file());

        assertThat(List.of(count(again, "created"), count(again, "updated"), count(again, "unchanged")))
                .containsExactly(0, 0, 3);
    }

    @Test
    void changed_rows_are_updated_by_email_whatever_its_case_and_leavers_keep_their_row() {
        Imports.apply(admin, file());
        String changed = HEADER
                + "ANA@IMPORT.TEST,Ana Report,Data,Berlin,Senior Engineer,4,boss@import.test,2020-01-15,\n"
                + "boss@import.test,Bo Boss,Engineering,Berlin,Head of Engineering,7,,2015-03-01,2025-01-31\n";

        JsonNode summary = Imports.apply(admin, changed);

        assertThat(List.of(count(summary, "created"), count(summary, "updated"), count(summary, "unchanged")))
                .containsExactly(0, 2, 0);
        assertThat(people("import.test")).hasSize(3);
        JsonNode ana = person("ana@import.test");
        assertThat(ana.get("department").getStringValue()).isEqualTo("Data");
        assertThat(ana.get("level").getIntValue()).isEqualTo(4);
        assertThat(person("boss@import.test").get("status").getStringValue()).isEqualTo("LEFT");
    }

    @Test
    void a_file_with_a_byte_order_mark_and_semicolons_is_read() {
        String csv = "\uFEFFemail;display_name;department;location;job_title;level;manager_email;hired_on;left_on;"
                + "language;time_zone\n"
                + "semi@import.test;\"Semi, Colon\";Ops;Lisbon;Operator;2;;2021-02-03;;pt-PT;Europe/Lisbon\n";

        JsonNode summary = Imports.apply(admin, csv);

        assertThat(count(summary, "created")).isEqualTo(1);
        JsonNode semi = person("semi@import.test");
        assertThat(semi.get("displayName").getStringValue()).isEqualTo("Semi, Colon");
        assertThat(semi.get("language").getStringValue()).isEqualTo("pt-PT");
        assertThat(semi.get("timeZone").getStringValue()).isEqualTo("Europe/Lisbon");
    }

    @Test
    void the_import_log_lists_imports_newest_first_with_file_name_and_counts() {
        Http.send("POST", "/api/people/imports?dryRun=true", admin, file(), "text/csv");
        Imports.apply(admin, file());

        JsonNode list = Http.get("/api/people/imports", admin).json();

        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("dryRun").getBooleanValue()).isFalse();
        assertThat(list.get(1).get("dryRun").getBooleanValue()).isTrue();
        assertThat(count(list.get(0), "created")).isEqualTo(3);
    }

    @Test
    void the_file_name_comes_from_content_disposition() {
        Http.Response response = Imports.post("?dryRun=true", admin, HttpRequest.BodyPublishers.ofString(file()),
                "Content-Disposition", "attachment; filename=\"C:\\exports\\hr-2026.csv\"");

        assertThat(response.json().get("summary").get("fileName").getStringValue()).isEqualTo("hr-2026.csv");
    }

    private List<JsonNode> people(String domain) {
        List<JsonNode> found = new ArrayList<>();
        Http.get("/api/people?limit=200&q=" + domain, admin).json().get("items").values().forEach(found::add);
        return found;
    }

    private JsonNode person(String email) {
        List<JsonNode> found = people(email);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
