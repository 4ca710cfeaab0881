package com.mentorplatform.api.evidence;

import com.mentorplatform.api.framework.FrameworkReferences;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Tells the competency framework which competencies evidence still links to. */
@Singleton
class EvidenceReferences implements FrameworkReferences {

    private final EvidenceRepository evidence;

    EvidenceReferences(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    @Override
    public long competencyUses(UUID tenantId, UUID competencyId) {
        return evidence.countUsing(tenantId, competencyId);
    }

    @Override
    public long roleProfileUses(UUID tenantId, UUID roleProfileId) {
        return 0;
    }
}
