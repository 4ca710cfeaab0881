package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.mentorplatform.api.people.imports.Imports.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** Imports keep the people history: each changed tracked field, dated with the import's "as of" date. */
class ImportHistoryTest {

    @Test
    void an_import_records_each_changed_field_with_its_as_of_date() {
        TestTenant tenant = TestTenant.create("Import History Co");
        String admin = tenant.admin().token();
        Imports.apply(admin, HEADER
                + "boss@history.test,Boss,Eng,Berlin,Head,8,,2015-01-01,\n"
                + "hana@history.test,Hana,Eng,Berlin,Engineer,3,,2020-01-01,\n", "&asOf=2025-01-01");

        JsonNode summary = Imports.apply(admin, HEADER
                + "boss@history.test,Boss,Eng,Berlin,Head,8,,2015-01-01,\n"
                + "hana@history.test,Hana Renamed,Data,Berlin,Engineer,4,boss@history.test,2020-01-01,2026-03-31\n",
                "&asOf=2026-03-01");

        assertThat(summary.get("updated").getIntValue()).isEqualTo(1);
        String hana = Http.get("/api/people?q=hana@history.test", admin).json().get("items").get(0).get("id").getStringValue();
        String boss = Http.get("/api/people?q=boss@history.test", admin).json().get("items").get(0).get("id").getStringValue();
        List<String> history = new ArrayList<>();
        Http.get("/api/people/" + hana + "/history", admin).json().values().forEach(e -> history.add(
                e.get("effectiveOn").getStringValue() + " " + e.get("source").getStringValue() + " "
                        + e.get("field").getStringValue() + " " + text(e.get("oldValue")) + "->" + text(e.get("newValue"))));
        assertThat(history).containsExactlyInAnyOrder(
                "2025-01-01 IMPORT status null->ACTIVE",
                "2026-03-01 IMPORT level 3->4", "2026-03-01 IMPORT department Eng->Data",
                "2026-03-01 IMPORT manager null->" + boss, "2026-03-01 IMPORT status ACTIVE->LEFT");
        assertThat(history.get(0)).startsWith("2025-01-01");
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.getStringValue();
    }
}
