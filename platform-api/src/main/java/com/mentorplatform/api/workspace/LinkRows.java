package com.mentorplatform.api.workspace;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The link tables of one kind of workspace record (journal entries, evidence) to competencies and milestones,
 * implemented by that feature's repository over its own tables. Runs inside the caller's tenant transaction.
 */
public interface LinkRows {

    /** The competency links of the records, each row naming its record as owner. */
    List<Link> competencyLinks(UUID tenantId, Collection<UUID> ownerIds);

    /** The milestone links of the records, by milestone id. */
    List<Link> milestoneLinks(UUID tenantId, Collection<UUID> ownerIds);

    void unlinkCompetencies(UUID tenantId, UUID ownerId);

    void unlinkMilestones(UUID tenantId, UUID ownerId);

    void linkCompetencies(UUID tenantId, UUID ownerId, String[] competencyIds);

    void linkMilestones(UUID tenantId, UUID ownerId, String[] milestoneIds);

    /** Links a new record to the checked competencies and milestones. */
    default void link(UUID tenantId, UUID ownerId, Links checked) {
        if (!checked.competencyIds().isEmpty()) {
            linkCompetencies(tenantId, ownerId, checked.competencyArray());
        }
        if (!checked.milestoneIds().isEmpty()) {
            linkMilestones(tenantId, ownerId, checked.milestoneArray());
        }
    }

    /** Makes a record's links exactly the checked ones, replacing what it had. */
    default void relink(UUID tenantId, UUID ownerId, Links checked) {
        unlinkCompetencies(tenantId, ownerId);
        unlinkMilestones(tenantId, ownerId);
        link(tenantId, ownerId, checked);
    }
}
