package com.mentorplatform.api.framework;

import java.util.UUID;

/**
 * Implemented by features whose records point at the framework (participant profiles,
 * roadmaps), so that nothing in use is deleted from under them. The framework asks every bean of
 * this type before a delete; the implementing feature depends on this one, never the other way.
 * Both methods run inside the caller's open tenant transaction.
 */
public interface FrameworkReferences {

    /** How many of this feature's records use the competency. */
    long competencyUses(UUID tenantId, UUID competencyId);

    /** How many of this feature's records target the role profile. */
    long roleProfileUses(UUID tenantId, UUID roleProfileId);
}
