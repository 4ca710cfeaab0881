package com.mentorplatform.api.journal;

import com.mentorplatform.api.framework.FrameworkReferences;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Tells the competency framework which competencies journal entries still link to. */
@Singleton
class JournalReferences implements FrameworkReferences {

    private final JournalRepository entries;

    JournalReferences(JournalRepository entries) {
        this.entries = entries;
    }

    @Override
    public long competencyUses(UUID tenantId, UUID competencyId) {
        return entries.countUsing(tenantId, competencyId);
    }

    @Override
    public long roleProfileUses(UUID tenantId, UUID roleProfileId) {
        return 0;
    }
}
