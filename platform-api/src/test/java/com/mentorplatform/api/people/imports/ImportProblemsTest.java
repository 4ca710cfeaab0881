package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import static com.mentorplatform.api.people.imports.Imports.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad file is reported by line and column, and a real run of a bad file changes nothing. */
class ImportProblemsTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void tenantWithAChain() {
        tenant = TestTenant.create("Import Problems Co");
        admin = tenant.admin().token();
        Imports.apply(admin, HEADER
                + "top@problems.test,Top,Board,Berlin,CEO,10,,2010-01-01,\n"
                + "mid@problems.test,Mid,Board,Berlin,VP,8,top@problems.test,2012-01-01,\n");
    }

    static final String BAD_FILE = HEADER
            + "ok@problems.test,Fine Row,Ops,Berlin,Clerk,2,,2020-01-01,\n"            // line 2
            + "not-an-email,Bad Mail,Ops,Berlin,Clerk,2,,2020-01-01,\n"               // 3
            + "nomgr@problems.test,No Manager,Ops,Berlin,Clerk,2,ghost@problems.test,,\n" // 4
            + "early@problems.test,Early Leaver,Ops,Berlin,Clerk,2,,2020-05-01,2020-04-30\n" // 5
            + "ok@problems.test,Fine Row Again,Ops,Berlin,Clerk,2,,2020-01-01,\n"      // 6
            + "date@problems.test,Bad Date,Ops,Berlin,Clerk,2,,01/02/2020,\n"          // 7
            + "level@problems.test,Bad Level,Ops,Berlin,Clerk,21,,,\n"                 // 8
            + "long@problems.test,Long Dept," + "d".repeat(121) + ",Berlin,Clerk,2,,,\n" // 9
            + ",No Email,Ops,Berlin,Clerk,2,,,\n"                                     // 10
            + "word@problems.test,Word Level,Ops,Berlin,Clerk,three,,,\n";            // 11

    @Test
    void a_dry_run_names_every_problem_by_line_and_column() {
        Http.Response response = Imports.dryRun(admin, BAD_FILE);

        assertThat(response.status()).isEqualTo(200);
        assertThat(problems(response.json())).containsExactly(
                "3 email", "4 manager_email", "5 left_on", "6 email", "7 hired_on", "8 level", "9 department",
                "10 email", "11 level");
        assertThat(response.json().get("summary").get("problemCount").getIntValue()).isEqualTo(9);
    }

    @Test
    void a_cell_with_a_nul_character_is_a_problem_of_its_line_and_column_and_changes_nothing() {
        int before = peopleCount();
        String csv = HEADER + "nul@problems.test,Null\0Name,Ops,Berlin,Clerk,2,,2020-01-01,\n"
                + "nul2@problems.test,Fine Name,Ops,Ber\0lin,Clerk,2,,2020-01-01,\n";

        Http.Response dryRun = Imports.dryRun(admin, csv);
        Http.Response real = Imports.run(admin, csv, "");

        assertThat(problems(dryRun.json())).containsExactly("2 display_name", "3 location");
        assertThat(dryRun.text()).contains("NUL character");
        assertThat(real.status()).isEqualTo(400);
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void a_real_run_of_a_bad_file_is_a_400_problem_with_the_report_and_changes_nothing() {
        int before = peopleCount();

        Http.Response response = Imports.run(admin, BAD_FILE, "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").getStringValue()).endsWith("/import-has-problems");
        JsonNode report = response.json().get("report");
        assertThat(report.get("summary").get("status").getStringValue()).isEqualTo("REJECTED");
        assertThat(problems(report)).hasSize(9);
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void a_missing_required_column_is_named_on_line_one() {
        String csv = "email,display_name,department,location,level,manager_email,hired_on\n"
                + "x@problems.test,X,Ops,Berlin,2,,\n";

        assertThat(problems(Imports.dryRun(admin, csv).json())).containsExactly("1 job_title", "1 left_on");
    }

    @Test
    void a_cycle_inside_the_file_is_reported_on_each_of_its_rows() {
        String csv = HEADER
                + "a@cycle.test,A,Ops,Berlin,Clerk,2,b@cycle.test,,\n"
                + "b@cycle.test,B,Ops,Berlin,Clerk,2,c@cycle.test,,\n"
                + "c@cycle.test,C,Ops,Berlin,Clerk,2,a@cycle.test,,\n"
                + "d@cycle.test,D,Ops,Berlin,Clerk,2,a@cycle.test,,\n";

        assertThat(problems(Imports.dryRun(admin, csv).json()))
                .containsExactly("2 manager_email", "3 manager_email", "4 manager_email");
    }

    @Test
    void a_cycle_through_people_already_in_the_directory_is_found() {
        String csv = HEADER + "top@problems.test,Top,Board,Berlin,CEO,10,mid@problems.test,2010-01-01,\n";

        Http.Response response = Imports.run(admin, csv, "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(problems(response.json().get("report"))).containsExactly("2 manager_email");
    }

    @Test
    void a_person_cannot_be_their_own_manager() {
        String csv = HEADER + "self@problems.test,Self,Ops,Berlin,Clerk,2,SELF@problems.test,,\n";

        assertThat(problems(Imports.dryRun(admin, csv).json())).containsExactly("2 manager_email");
    }

    @Test
    void text_that_is_not_utf8_an_open_quote_an_empty_body_and_a_blank_file_are_refused_clearly() {
        byte[] latin1 = (HEADER + "m\u00fcller@problems.test,M\u00fcller,Ops,Berlin,Clerk,2,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Http.Response notUtf8 = Imports.post("?dryRun=true", admin, HttpRequest.BodyPublishers.ofByteArray(latin1));
        Http.Response openQuote = Imports.dryRun(admin, HEADER + "\"q@problems.test,Q,Ops\n");
        Http.Response empty = Imports.dryRun(admin, "");

        assertThat(problems(notUtf8.json())).containsExactly("1 file");
        assertThat(openQuote.status()).as(openQuote.text()).isEqualTo(200);
        assertThat(problems(openQuote.json())).hasSize(1).first().asString().endsWith("file");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(Imports.dryRun(admin, "\n\n").json().get("problems").get(0).get("message").getStringValue())
                .contains("header row is required");
    }

    @Test
    void a_bad_as_of_date_is_a_400_naming_it() {
        Http.Response response = Imports.run(admin, HEADER, "&asOf=yesterday");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("asOf");
    }

    @Test
    void the_problems_download_as_a_csv_table() {
        String id = Imports.dryRun(admin, BAD_FILE).json().get("summary").get("id").getStringValue();

        Http.Response csv = Http.get("/api/people/imports/" + id + "/problems.csv", admin);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines().toList()).hasSize(10)
                .first().isEqualTo("line,column,message");
        assertThat(csv.text()).contains("3,email,is not an e-mail address");
    }

    private static List<String> problems(JsonNode report) {
        List<String> lineAndColumn = new ArrayList<>();
        report.get("problems").values().forEach(p ->
                lineAndColumn.add(p.get("line").getIntValue() + " " + p.get("column").getStringValue()));
        return lineAndColumn;
    }

    private static int peopleCount() {
        return Http.get("/api/people?limit=200", admin).json().get("items").size();
    }
}
