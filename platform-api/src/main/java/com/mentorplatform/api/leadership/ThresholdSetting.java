package com.mentorplatform.api.leadership;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.snapshot.AnalyticsSnapshots;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.Map;

/** Reads and changes the anonymity threshold; a change is audited and rebuilds the leader plan straight away. */
@Singleton
class ThresholdSetting {

    private final AnalyticsSnapshots snapshots;
    private final TenantScope tenantScope;
    private final AuditLog audit;

    ThresholdSetting(AnalyticsSnapshots snapshots, TenantScope tenantScope, AuditLog audit) {
        this.snapshots = snapshots;
        this.tenantScope = tenantScope;
        this.audit = audit;
    }

    AnonymitySettings get(Caller caller) {
        HrOnly.require(caller);
        return new AnonymitySettings(tenantScope.read(caller.tenantId(), () -> snapshots.threshold(caller.tenantId())));
    }

    AnonymitySettings set(Caller caller, int threshold) {
        if (!caller.roles().contains(Role.TENANT_ADMIN)) {
            throw ProblemType.FORBIDDEN.exception("Only a tenant admin may change the threshold");
        }
        tenantScope.write(caller.tenantId(), () -> {
            int before = snapshots.threshold(caller.tenantId());
            snapshots.setThreshold(caller.tenantId(), threshold);
            audit.record(caller, "tenant.anonymity-threshold-changed", "tenant", caller.tenantId(),
                    Map.of("anonymityThreshold", before), Map.of("anonymityThreshold", threshold));
            return null;
        });
        snapshots.refresh(caller.tenantId());
        return new AnonymitySettings(threshold);
    }
}
