package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.CheckInFixtures.TestPair;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestMail;
import com.mentorplatform.api.testing.TestNotifications;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Mentor and mentee hear once per overdue spell when their active pair falls behind its cohort's cadence (14 days). */
class OverdueRemindersTest {

    private static final String OVERDUE = "PAIR_OVERDUE";

    /** A tenant of each test's own, so the count of pairs one pass reminds is that test's alone. */
    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = TestTenant.create("Overdue Reminders Co");
    }

    @Test
    void a_pair_that_never_met_for_longer_than_its_cadence_reminds_both_once_in_the_app_and_by_mail() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        TestWorkspace.activeSince(tenant, pair.pairId(), 16);

        int first = reminders().remind(tenant.id());
        int again = reminders().remind(tenant.id());

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(TestNotifications.messages(pair.mentorToken(), OVERDUE)).singleElement().asString()
                .contains("No check-in with " + nameOf(pair.mentee()) + " for 16 days", "every 14 days");
        assertThat(TestNotifications.messages(pair.menteeToken(), OVERDUE)).singleElement().asString()
                .contains("No check-in with " + nameOf(pair.mentor()));
        // the pair's activation mailed them first; the reminder follows through the same outbox
        TestMail.await("the overdue mail", () -> TestMail.to(pair.mentee().email()).stream()
                .anyMatch(mail -> subjectOf(mail).equals("Time for your next mentoring check-in")));
    }

    @Test
    void a_held_check_in_ends_the_spell_and_falling_behind_again_starts_a_new_one() {
        TestPair pair = CheckInFixtures.activePair(tenant);
        TestWorkspace.activeSince(tenant, pair.pairId(), 40);
        reminders().remind(tenant.id());
        CheckInFixtures.create(pair.mentorToken(), pair.pairId(), CheckInFixtures.held(20));

        reminders().remind(tenant.id());
        List<String> afterLateCheckIn = TestNotifications.messages(pair.mentorToken(), OVERDUE);
        CheckInFixtures.create(pair.mentorToken(), pair.pairId(), CheckInFixtures.held(2));
        reminders().remind(tenant.id());

        assertThat(afterLateCheckIn).hasSize(2);
        assertThat(afterLateCheckIn).anySatisfy(message -> assertThat(message).contains("for 20 days"));
        assertThat(TestNotifications.messages(pair.mentorToken(), OVERDUE)).hasSize(2);
    }

    @Test
    void a_paused_pair_or_one_within_its_cadence_is_not_reminded() {
        TestPair paused = CheckInFixtures.activePair(tenant);
        TestWorkspace.activeSince(tenant, paused.pairId(), 30);
        CheckInFixtures.move(tenant, paused.pairId(), "PAUSED");
        TestPair onTrack = CheckInFixtures.activePair(tenant);
        TestWorkspace.activeSince(tenant, onTrack.pairId(), 10);

        reminders().remind(tenant.id());

        assertThat(TestNotifications.messages(paused.mentorToken(), OVERDUE)).isEmpty();
        assertThat(TestNotifications.messages(onTrack.menteeToken(), OVERDUE)).isEmpty();
    }

    @Test
    void reminding_another_tenant_never_reminds_this_tenants_pairs() {
        TestTenant other = TestTenant.create("Other Reminders Co");
        TestPair pair = CheckInFixtures.activePair(tenant);
        TestWorkspace.activeSince(tenant, pair.pairId(), 30);

        int otherReminded = reminders().remind(other.id());

        assertThat(otherReminded).isZero();
        assertThat(TestNotifications.messages(pair.mentorToken(), OVERDUE)).isEmpty();
    }

    private String nameOf(TestUser person) {
        return Http.get("/api/people/" + person.personId(), tenant.admin().token()).string("displayName");
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OverdueReminders reminders() {
        return RunningApi.get().bean(OverdueReminders.class);
    }
}
