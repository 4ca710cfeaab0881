package com.mentorplatform.api.profiles;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and replaces mentor profiles; a profile and its competency levels change in one audited transaction. */
@Singleton
class MentorProfileService {

    private static final String ENTITY = "mentor_profile";

    private final MentorProfileRepository profiles;
    private final ProfileRules rules;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    MentorProfileService(MentorProfileRepository profiles, ProfileRules rules, TenantScope tenantScope, AuditLog auditLog) {
        this.profiles = profiles;
        this.rules = rules;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    MentorProfileResponse get(Caller caller, UUID personId) {
        return tenantScope.read(caller.tenantId(), () -> {
            rules.checkReachable(caller, personId);
            return load(caller.tenantId(), personId);
        });
    }

    public MentorProfileResponse replace(Caller caller, UUID personId, MentorProfileRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            rules.checkReachable(caller, personId);
            UUID tenantId = caller.tenantId();
            List<Problem.Violation> violations = new ArrayList<>();
            List<CompetencyLevel> levels = rules.competencies(tenantId, request.competencies(), violations);
            List<String> languages = rules.languages(request.languages(), violations);
            String timeZone = rules.timeZone(request.timeZone(), violations);
            List<String> interests = rules.tags("interests", request.interests(), violations);
            List<String> declined = rules.tags("declinedTopics", request.declinedTopics(), violations);
            ProblemException.throwIfAny(violations);

            MentorProfileResponse before = load(tenantId, personId);
            String bio = FreeText.optional(request.bio());
            profiles.upsert(tenantId, personId, languages.toArray(String[]::new), timeZone,
                    interests.toArray(String[]::new), request.hoursPerMonth(), bio, declined.toArray(String[]::new));
            profiles.deleteLevels(tenantId, personId);
            levels.forEach(l -> profiles.insertLevel(tenantId, personId, l.competencyId(), l.level()));
            MentorProfileResponse after = load(tenantId, personId);
            auditLog.record(caller, before.updatedAt() == null ? "mentor_profile.created" : "mentor_profile.updated",
                    ENTITY, personId, before.updatedAt() == null ? null : before, after);
            return after;
        });
    }

    private MentorProfileResponse load(UUID tenantId, UUID personId) {
        return profiles.find(tenantId, personId)
                .map(row -> MentorProfileResponse.of(row, rules.rated(tenantId, profiles.levels(tenantId, personId))))
                .orElseGet(() -> MentorProfileResponse.empty(personId));
    }
}
