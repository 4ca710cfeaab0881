package com.mentorplatform.api.tenancy;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scheduled job (reminders, digests, surveys, the analytics refresh, mail) visits: active customer tenants,
 * each on its own, so that one tenant's failure does not cost the others their turn.
 */
class ScheduledTenantsTest {

    @Test
    void a_scheduled_job_skips_a_tenant_being_deleted_and_the_operators_tenant_and_goes_on_after_failures() {
        TestTenant first = TestTenant.create("First Scheduled Co");
        TestTenant second = TestTenant.create("Second Scheduled Co");
        TestTenant leaving = TestTenant.create("Leaving Scheduled Co");
        assertThat(Http.post("/api/operator/tenants/" + leaving.id() + "/deletion", TestUser.operator().token(),
                Map.of("confirmation", leaving.slug())).status()).isEqualTo(200);
        Tenants tenants = RunningApi.get().bean(Tenants.class);

        List<UUID> visited = new ArrayList<>();
        tenants.forEachActiveCustomer("A test job", tenant -> {
            visited.add(tenant.id());
            if (tenant.id().equals(first.id()) || tenant.id().equals(second.id())) {
                // whichever of the two comes first, the other is visited after its failure
                throw new IllegalStateException("this tenant's work fails; the next still gets its turn");
            }
        });
        List<UUID> visitedByMail = new ArrayList<>();
        tenants.forEachActive("A test job for every active tenant", tenant -> visitedByMail.add(tenant.id()));

        assertThat(visited).contains(first.id(), second.id()).doesNotContain(leaving.id());
        UUID operators = tenants.findBySlug("platform").orElseThrow().id();
        assertThat(visited).doesNotContain(operators);
        assertThat(visitedByMail).contains(operators, first.id(), second.id()).doesNotContain(leaving.id());
    }
}
