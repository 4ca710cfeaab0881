package com.mentorplatform.api.digest;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMail;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Programme managers get the week's figures and the pairs needing attention by e-mail, once a week each. */
class WeeklyDigestTest {

    private static final String SUBJECT = "Your mentoring programmes this week";

    @Test
    void each_programme_manager_gets_the_weeks_digest_once_with_its_figures_and_the_pairs_needing_attention()
            throws Exception {
        TestTenant tenant = TestTenant.create("Digest Co");
        TestUser manager = tenant.user(Role.PROGRAMME_MANAGER);
        TestUser mentorOnly = tenant.user(Role.MENTOR);
        Pairing behind = TestWorkspace.activePair(tenant);
        TestWorkspace.activeSince(tenant, behind.pairId(), 20);

        int sent = digest().send(tenant.id());
        int again = digest().send(tenant.id());
        String text = awaitDigestText(manager);

        assertThat(sent).as("the new manager and the tenant's admin, who manages programmes too").isEqualTo(2);
        assertThat(again).isZero();
        assertThat(text).contains("Milestones reached in the last 7 days: 0", "Pairs needing attention: 1 of 1 active",
                nameOf(tenant, behind.mentor()) + " and " + nameOf(tenant, behind.mentee()),
                "No check-in for 20 days (cadence 14)", RunningApi.CONSOLE_URL);
        assertThat(TestMail.to(manager.email())).filteredOn(WeeklyDigestTest::isDigest).hasSize(1);
        assertThat(TestMail.to(mentorOnly.email())).noneMatch(WeeklyDigestTest::isDigest);
    }

    @Test
    void a_manager_who_switched_the_digest_off_gets_none_and_the_others_still_do() {
        TestTenant tenant = TestTenant.create("Digest Off Co");
        TestUser off = tenant.user(Role.PROGRAMME_MANAGER);
        TestUser on = tenant.user(Role.PROGRAMME_MANAGER);
        Http.Response switched = Http.put("/api/me/mail-preferences", off.token(),
                Map.of("kinds", Map.of("WEEKLY_DIGEST", false)));

        digest().send(tenant.id());
        awaitDigestText(on);

        assertThat(switched.status()).isEqualTo(200);
        assertThat(TestMail.to(off.email())).noneMatch(WeeklyDigestTest::isDigest);
    }

    @Test
    void another_tenants_digest_never_reaches_this_tenants_managers_nor_tells_of_its_pairs() throws Exception {
        TestTenant tenant = TestTenant.create("Digest Home Co");
        TestTenant other = TestTenant.create("Digest Other Co");
        TestUser manager = tenant.user(Role.PROGRAMME_MANAGER);
        TestUser otherManager = other.user(Role.PROGRAMME_MANAGER);
        TestWorkspace.activeSince(tenant, TestWorkspace.activePair(tenant).pairId(), 20);

        int sentByOther = digest().send(other.id());
        String otherText = awaitDigestText(otherManager);

        assertThat(sentByOther).as("the other tenant's manager and its admin").isEqualTo(2);
        assertThat(otherText).contains("All 0 active pairs are on track").doesNotContain("needing attention");
        assertThat(TestMail.to(manager.email())).noneMatch(WeeklyDigestTest::isDigest);
    }

    private static WeeklyDigest digest() {
        return RunningApi.get().bean(WeeklyDigest.class);
    }

    private static boolean isDigest(MimeMessage mail) {
        try {
            return SUBJECT.equals(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of the manager's digest, once the mail worker delivered it. */
    private static String awaitDigestText(TestUser manager) {
        TestMail.await("the weekly digest", () -> TestMail.to(manager.email()).stream().anyMatch(WeeklyDigestTest::isDigest));
        try {
            MimeMessage mail = TestMail.to(manager.email()).stream().filter(WeeklyDigestTest::isDigest).findFirst()
                    .orElseThrow();
            return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nameOf(TestTenant tenant, TestUser person) {
        return Http.get("/api/people/" + person.personId(), tenant.admin().token()).string("displayName");
    }
}
