package com.mentorplatform.api.profiles;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.framework.RoleProfileService;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and replaces mentee profiles; a profile and all its child rows change in one audited transaction. */
@Singleton
class MenteeProfileService {

    private static final String ENTITY = "mentee_profile";

    private final MenteeProfileRepository profiles;
    private final RoleProfileService roleProfiles;
    private final ProfileRules rules;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    MenteeProfileService(MenteeProfileRepository profiles, RoleProfileService roleProfiles, ProfileRules rules,
                         TenantScope tenantScope, AuditLog auditLog) {
        this.profiles = profiles;
        this.roleProfiles = roleProfiles;
        this.rules = rules;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    MenteeProfileResponse get(Caller caller, UUID personId) {
        return tenantScope.read(caller.tenantId(), () -> {
            rules.checkReachable(caller, personId);
            return load(caller.tenantId(), personId);
        });
    }

    public MenteeProfileResponse replace(Caller caller, UUID personId, MenteeProfileRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            rules.checkReachable(caller, personId);
            UUID tenantId = caller.tenantId();
            MenteeProfileRequest r = checked(tenantId, personId, request);
            MenteeProfileResponse before = load(tenantId, personId);
            profiles.upsert(tenantId, personId, r.targetRoleId(), r.goals(), r.languages().toArray(String[]::new),
                    r.timeZone(), r.interests().toArray(String[]::new), r.topics().toArray(String[]::new));
            replaceChildren(tenantId, personId, r);
            MenteeProfileResponse after = load(tenantId, personId);
            auditLog.record(caller, before.updatedAt() == null ? "mentee_profile.created" : "mentee_profile.updated",
                    ENTITY, personId, before.updatedAt() == null ? null : before, after);
            return after;
        });
    }

    private MenteeProfileRequest checked(UUID tenantId, UUID personId, MenteeProfileRequest r) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (r.targetRoleId() != null && roleProfiles.nameInOpenTransaction(tenantId, r.targetRoleId()).isEmpty()) {
            violations.add(new Problem.Violation("targetRoleId", "no such role profile"));
        }
        List<CompetencyLevel> levels = rules.competencies(tenantId, r.competencies(), violations);
        List<String> languages = rules.languages(r.languages(), violations);
        String timeZone = rules.timeZone(r.timeZone(), violations);
        List<String> interests = rules.tags("interests", r.interests(), violations);
        List<String> topics = rules.tags("topics", r.topics(), violations);
        List<UUID> preferred = rules.otherPeople(tenantId, personId, "preferredMentorIds", r.preferredMentorIds(), violations);
        List<UUID> avoided = rules.otherPeople(tenantId, personId, "avoidPersonIds", r.avoidPersonIds(), violations);
        if (avoided.stream().anyMatch(preferred::contains)) {
            violations.add(new Problem.Violation("avoidPersonIds", "must not name a preferred mentor"));
        }
        ProblemException.throwIfAny(violations);
        String goals = FreeText.optional(r.goals());
        return new MenteeProfileRequest(r.targetRoleId(), levels, goals, languages, timeZone, interests, topics,
                preferred, avoided);
    }

    private void replaceChildren(UUID tenantId, UUID personId, MenteeProfileRequest r) {
        profiles.deleteLevels(tenantId, personId);
        r.competencies().forEach(l -> profiles.insertLevel(tenantId, personId, l.competencyId(), l.level()));
        profiles.deletePreferredMentors(tenantId, personId);
        for (int rank = 1; rank <= r.preferredMentorIds().size(); rank++) {
            profiles.insertPreferredMentor(tenantId, personId, r.preferredMentorIds().get(rank - 1), rank);
        }
        profiles.deleteAvoidedPeople(tenantId, personId);
        r.avoidPersonIds().forEach(id -> profiles.insertAvoidedPerson(tenantId, personId, id));
    }

    private MenteeProfileResponse load(UUID tenantId, UUID personId) {
        return profiles.find(tenantId, personId).map(row -> new MenteeProfileResponse(personId, row.targetRoleId(),
                        row.targetRoleId() == null ? null : roleProfiles.nameInOpenTransaction(tenantId, row.targetRoleId()).orElse(null),
                        rules.rated(tenantId, profiles.levels(tenantId, personId)), row.goals(), List.of(row.languages()),
                        row.timeZone(), List.of(row.interests()), List.of(row.topics()),
                        profiles.preferredMentors(tenantId, personId), profiles.avoidedPeople(tenantId, personId),
                        row.updatedAt()))
                .orElseGet(() -> MenteeProfileResponse.empty(personId));
    }
}
