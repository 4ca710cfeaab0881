package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import static com.mentorplatform.api.people.imports.Imports.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** What an import leaves in the audit trail: the import itself, and a before and after of everyone it changed. */
class ImportAuditTest {

    @Test
    void an_import_is_audited_once_and_each_person_it_changes_with_before_and_after() {
        TestTenant tenant = TestTenant.create("Import Audit Co");
        String admin = tenant.admin().token();
        JsonNode first = Imports.apply(admin, HEADER + "ana@audit.test,Ana,Eng,Berlin,Engineer,3,,2020-01-01,\n");
        JsonNode second = Imports.apply(admin, HEADER + "ana@audit.test,Ana,Data,Berlin,Engineer,4,,2020-01-01,\n");

        JsonNode importTrail = Http.get("/api/audit?entityType=people_import&entityId="
                + second.get("id").getStringValue(), admin).json();
        assertThat(importTrail.size()).isEqualTo(1);
        assertThat(importTrail.get(0).get("action").getStringValue()).isEqualTo("people_import.applied");
        assertThat(importTrail.get(0).get("after").get("updated").getIntValue()).isEqualTo(1);

        String ana = personId(admin, "ana@audit.test");
        JsonNode personTrail = Http.get("/api/audit?entityType=person&entityId=" + ana, admin).json();
        assertThat(personTrail.size()).isEqualTo(1);
        assertThat(personTrail.get(0).get("action").getStringValue()).isEqualTo("person.updated");
        assertThat(personTrail.get(0).get("before").get("department").getStringValue()).isEqualTo("Eng");
        assertThat(personTrail.get(0).get("after").get("department").getStringValue()).isEqualTo("Data");
    }

    @Test
    void a_person_an_import_creates_arrives_in_the_history_naming_that_import() {
        TestTenant tenant = TestTenant.create("Import Arrival Co");
        String admin = tenant.admin().token();
        JsonNode created = Imports.apply(admin, HEADER + "bo@audit.test,Bo,Eng,Berlin,Engineer,3,,2020-01-01,\n");

        JsonNode history = Http.get("/api/people/" + personId(admin, "bo@audit.test") + "/history", admin).json();

        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("field").getStringValue()).isEqualTo("status");
        assertThat(history.get(0).get("importId").getStringValue()).isEqualTo(created.get("id").getStringValue());
        assertThat(Http.get("/api/audit?entityType=people_import&entityId=" + created.get("id").getStringValue(),
                admin).json().get(0).get("after").get("created").getIntValue()).isEqualTo(1);
    }

    private static String personId(String admin, String email) {
        return Http.get("/api/people?q=" + email, admin).json().get("items").get(0).get("id").getStringValue();
    }
}
