package com.mentorplatform.api.mail;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMail;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestNotifications;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.Tokens;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications that reach people by e-mail, through the outbox, to the SMTP server inside the test JVM. */
class MailNotificationsTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Mail & Co");
        admin = tenant.admin().token();
    }

    @Test
    void an_activated_pair_mails_mentor_and_mentee_once_each_in_the_tenants_name_with_text_and_html() throws Exception {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);

        activatePair(mentor, mentee);
        awaitSent(mentor, mentee);

        for (TestUser person : List.of(mentor, mentee)) {
            List<MimeMessage> mails = TestMail.to(person.email());
            assertThat(mails).hasSize(1);
            MimeMessage mail = mails.get(0);
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertThat(mail.getSubject()).isEqualTo("Your mentoring pair has started");
            assertThat(from.getAddress()).isEqualTo(RunningApi.MAIL_FROM);
            assertThat(from.getPersonal()).isEqualTo("Mail & Co");
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            BodyPart text = parts.getBodyPart(0);
            BodyPart html = parts.getBodyPart(1);
            assertThat(text.getContentType()).startsWith("text/plain");
            assertThat(html.getContentType()).startsWith("text/html");
            assertThat((String) text.getContent()).contains("is active", RunningApi.CONSOLE_URL, "Mail & Co");
            assertThat((String) html.getContent()).contains("is active", "href=\"" + RunningApi.CONSOLE_URL + "\"",
                    "Mail &amp; Co");
            assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/api/mail/unsubscribe?token=");
            assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        }
    }

    @Test
    void a_person_who_switched_pair_mails_off_gets_none_but_still_sees_the_notification_in_the_app() {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        Http.Response off = Http.put("/api/me/mail-preferences", mentee.token(), Map.of("kinds", Map.of("PAIR_ACTIVE", false)));

        activatePair(mentor, mentee);
        awaitSent(mentor);

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("kinds").get("PAIR_ACTIVE").getBooleanValue()).isFalse();
        assertThat(off.json().get("kinds").get("PAIR_ENDED").getBooleanValue()).isTrue();
        assertThat(outbox(mentee)).isEmpty();
        assertThat(TestMail.to(mentee.email())).isEmpty();
        assertThat(TestMail.to(mentor.email())).hasSize(1);
        assertThat(TestNotifications.messages(mentee.token(), "PAIR_ACTIVE")).hasSize(1);
    }

    @Test
    void the_unsubscribe_link_of_a_mail_switches_that_kind_off_without_a_login() throws Exception {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        activatePair(mentor, mentee);
        awaitSent(mentee);
        String header = TestMail.to(mentee.email()).get(0).getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));

        Http.Response unsubscribed = Http.get(link.getRawPath() + "?" + link.getRawQuery(), null);
        Http.Response again = Http.get(link.getRawPath() + "?" + link.getRawQuery(), null);
        Http.Response preferences = Http.get("/api/me/mail-preferences", mentee.token());
        Http.Response mentorsPreferences = Http.get("/api/me/mail-preferences", mentor.token());

        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(unsubscribed.text()).contains("no longer get e-mails about your mentoring pair starting");
        assertThat(again.status()).isEqualTo(200);
        assertThat(preferences.json().get("kinds").get("PAIR_ACTIVE").getBooleanValue()).isFalse();
        assertThat(preferences.json().get("mailEnabled").getBooleanValue()).isTrue();
        assertThat(mentorsPreferences.json().get("kinds").get("PAIR_ACTIVE").getBooleanValue()).isTrue();
    }

    @Test
    void an_altered_or_made_up_unsubscribe_token_is_a_400_problem_and_changes_nothing() throws Exception {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        activatePair(mentor, mentee);
        awaitSent(mentee);
        String header = TestMail.to(mentee.email()).get(0).getHeader("List-Unsubscribe")[0];
        String token = header.substring(header.indexOf("token=") + "token=".length(), header.length() - 1);
        String otherKind = withKind(token, "PAIR_ENDED");

        List<Http.Response> refused = new ArrayList<>();
        for (String bad : List.of(otherKind, altered(token), "garbage", "a.b", ".", "%00")) {
            refused.add(Http.get("/api/mail/unsubscribe?token=" + bad, null));
        }
        refused.add(Http.get("/api/mail/unsubscribe", null));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        });
        assertThat(Http.get("/api/me/mail-preferences", mentee.token()).json().get("kinds").get("PAIR_ENDED")
                .getBooleanValue()).isTrue();
    }

    @Test
    void while_the_mail_server_is_down_mails_wait_with_their_attempts_counted_and_arrive_once_when_it_returns() {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        TestMail.stop();
        try {
            activatePair(mentor, mentee);
            TestMail.await("two failed attempts at each mail", () -> List.of(mentor, mentee).stream()
                    .allMatch(p -> outbox(p).size() == 1 && outbox(p).get(0).attempts() >= 2));
            assertThat(outbox(mentor).get(0).status()).isEqualTo("PENDING");
            assertThat(outbox(mentor).get(0).lastError()).contains("onnect");
        } finally {
            TestMail.restart();
        }
        awaitSent(mentor, mentee);

        assertThat(TestMail.to(mentor.email())).hasSize(1);
        assertThat(TestMail.to(mentee.email())).hasSize(1);
        assertThat(outbox(mentee).get(0).attempts()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void several_workers_delivering_the_same_tenant_at_once_send_each_mail_exactly_once() throws Exception {
        List<TestUser> people = new ArrayList<>();
        TestMail.stop();
        try {
            for (int i = 0; i < 3; i++) {
                TestUser mentor = tenant.user(Role.MENTOR);
                TestUser mentee = tenant.user(Role.MENTEE);
                activatePair(mentor, mentee);
                people.add(mentor);
                people.add(mentee);
            }
            TestMail.await("a failed attempt at each mail", () -> people.stream()
                    .allMatch(p -> outbox(p).size() == 1 && outbox(p).get(0).attempts() >= 1));
        } finally {
            TestMail.restart();
        }
        // Every mail due at once, and four workers besides the scheduled one reach for them together.
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement due = connection.prepareStatement(
                    "UPDATE mail_outbox SET next_attempt_at = now() WHERE tenant_id = ? AND status = 'PENDING'")) {
                due.setObject(1, tenant.id());
                due.executeUpdate();
            }
        });
        MailDelivery delivery = RunningApi.get().bean(MailDelivery.class);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(workers.submit(() -> delivery.deliverDue(tenant.id())));
            }
            for (Future<Integer> round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdown();
        }
        awaitSent(people.toArray(TestUser[]::new));

        assertThat(people).allSatisfy(person -> assertThat(TestMail.to(person.email())).hasSize(1));
    }

    @Test
    void a_mail_that_fails_its_last_attempt_is_marked_failed_with_the_error_and_never_sent() {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        TestMail.stop();
        try {
            activatePair(mentor, mentee);
            TestMail.await("a failed attempt", () -> outbox(mentor).size() == 1 && outbox(mentor).get(0).attempts() >= 1);
            // One attempt left: the next failure is the last.
            TestTenant.inTenant(tenant.id(), connection -> {
                try (PreparedStatement lastTry = connection.prepareStatement("""
                        UPDATE mail_outbox SET attempts = 9, next_attempt_at = now()
                        WHERE tenant_id = ? AND person_id = ?""")) {
                    lastTry.setObject(1, tenant.id());
                    lastTry.setObject(2, mentor.personId());
                    lastTry.executeUpdate();
                }
            });
            TestMail.await("the mail to be marked failed", () -> "FAILED".equals(outbox(mentor).get(0).status()));
        } finally {
            TestMail.restart();
        }
        awaitSent(mentee);

        assertThat(outbox(mentor).get(0).attempts()).isEqualTo(10);
        assertThat(outbox(mentor).get(0).lastError()).isNotBlank();
        assertThat(TestMail.to(mentor.email())).isEmpty();
    }

    @Test
    void bad_preferences_are_a_400_problem_naming_the_field_and_change_nothing() {
        String token = tenant.user(Role.MENTEE).token();

        Http.Response unknown = Http.put("/api/me/mail-preferences", token,
                Map.of("kinds", Map.of("PAIR_ACTIVE", false, "WEEKLY_SPAM", false)));
        Http.Response notBoolean = Http.send("PUT", "/api/me/mail-preferences", token,
                "{\"kinds\":{\"PAIR_ENDED\":null}}", "application/json");
        Http.Response noKinds = Http.put("/api/me/mail-preferences", token, Map.of());
        Http.Response notJson = Http.send("PUT", "/api/me/mail-preferences", token, "{kinds", "application/json");
        Http.Response anonymous = Http.get("/api/me/mail-preferences", null);

        assertThat(List.of(unknown, notBoolean, noKinds, notJson)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        });
        assertThat(unknown.text()).contains("\"field\":\"kinds.WEEKLY_SPAM\"");
        assertThat(notBoolean.text()).contains("\"field\":\"kinds.PAIR_ENDED\"");
        assertThat(noKinds.text()).contains("\"field\":\"kinds\"");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(Http.get("/api/me/mail-preferences", token).json().get("kinds").get("PAIR_ACTIVE").getBooleanValue())
                .isTrue();
    }

    @Test
    void another_tenants_people_change_only_their_own_preferences_and_never_see_this_tenants_outbox() {
        TestUser here = tenant.user(Role.MENTEE);
        TestTenant other = TestTenant.create("Other Mail Co");
        TestUser there = other.user(Role.MENTEE);

        Http.put("/api/me/mail-preferences", there.token(), Map.of("kinds", Map.of("PAIR_ACTIVE", false)));

        assertThat(Http.get("/api/me/mail-preferences", here.token()).json().get("kinds").get("PAIR_ACTIVE")
                .getBooleanValue()).isTrue();
        assertThat(Http.get("/api/me/mail-preferences", there.token()).json().get("kinds").get("PAIR_ACTIVE")
                .getBooleanValue()).isFalse();
        assertThat(preferenceRowsSeenFrom(other.id(), other.id())).isEqualTo(1);
        assertThat(preferenceRowsSeenFrom(tenant.id(), other.id())).isZero();
    }

    private static void activatePair(TestUser mentor, TestUser mentee) {
        UUID cohort = TestMatching.cohortOf(tenant, List.of(mentor.personId()), List.of(mentee.personId()), 1).cohortId();
        UUID pair = TestMatching.acceptedPairs(admin, cohort).get(0);
        Http.Response active = Http.post("/api/pairs/" + pair + "/transitions", admin, Map.of("status", "ACTIVE"));
        assertThat(active.status()).isEqualTo(200);
    }

    private static void awaitSent(TestUser... people) {
        TestMail.await("mail to be sent", () -> List.of(people).stream()
                .allMatch(p -> outbox(p).stream().anyMatch(row -> row.status().equals("SENT"))));
    }

    /** One outbox row as the database holds it. */
    record Row(String status, int attempts, String lastError) {
    }

    private static List<Row> outbox(TestUser person) {
        List<Row> rows = new ArrayList<>();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status, attempts, last_error FROM mail_outbox WHERE tenant_id = ? AND person_id = ?")) {
                select.setObject(1, tenant.id());
                select.setObject(2, person.personId());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(result.getString(1), result.getInt(2), result.getString(3)));
                    }
                }
            }
        });
        return rows;
    }

    /**
     * The token with one character of its signature changed: the fifth from the end, which carries six bits of the
     * MAC (the last one carries only four, so some changes there decode to the same bytes).
     */
    private static String altered(String token) {
        return Tokens.withCharacterChanged(token, token.length() - 5);
    }

    /** The token's payload naming another kind, under the token's own signature. */
    private static String withKind(String token, String kind) {
        int dot = token.indexOf('.');
        byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
        byte[] ids = Arrays.copyOf(payload, 32);
        byte[] name = kind.getBytes(StandardCharsets.US_ASCII);
        byte[] forged = Arrays.copyOf(ids, ids.length + name.length);
        System.arraycopy(name, 0, forged, ids.length, name.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(forged) + token.substring(dot);
    }

    /** Rows of {@code owner}'s preferences a transaction bound to {@code boundTo} sees, as the app role. */
    private static long preferenceRowsSeenFrom(UUID boundTo, UUID owner) {
        long[] count = new long[1];
        TestTenant.inTenant(boundTo, connection -> {
            connection.createStatement().execute("SET LOCAL ROLE platform_app");
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM mail_preferences WHERE tenant_id = ?")) {
                select.setObject(1, owner);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    count[0] = result.getLong(1);
                }
            }
        });
        return count[0];
    }
}
