package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static com.mentorplatform.api.people.imports.Imports.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** Import files may exceed the 1 MiB JSON limit; JSON bodies may not, whether sent with a length or chunked. */
class ImportSizeTest {

    static String admin;

    @BeforeAll
    static void createTenant() {
        admin = TestTenant.create("Import Size Co").admin().token();
    }

    @Test
    void an_import_file_of_several_mebibytes_is_accepted() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; csv.length() < 3 * 1024 * 1024; i++) {
            csv.append("p").append(i).append("@size.test,Person Number ").append(i)
                    .append(",Engineering,Berlin,Software Engineer,3,,2020-01-01,\n");
        }

        Http.Response response = Imports.dryRun(admin, csv.toString());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("summary").get("problemCount").getIntValue()).isZero();
    }

    @Test
    void a_chunked_json_body_over_one_mebibyte_is_a_413() throws Exception {
        byte[] huge = ("{\"email\":\"a@b.test\",\"displayName\":\"" + "x".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + "/api/people"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    /** Refused on the announced length, before the body is read (a raw socket: clients differ in when they listen). */
    @Test
    void an_import_file_announced_over_the_overall_limit_is_a_413() throws Exception {
        URI base = RunningApi.get().baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/people/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + admin + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + (33L * 1024 * 1024) + "\r\n\r\n" + HEADER;
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();

            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }
}
