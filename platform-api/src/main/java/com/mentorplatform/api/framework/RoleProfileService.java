package com.mentorplatform.api.framework;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads and changes role profiles; a profile and its requirements always change in one transaction. */
@Published
@Singleton
public class RoleProfileService {

    private static final String ENTITY = "role_profile";

    private final RoleProfileRepository profiles;
    private final CompetencyService competencies;
    private final List<FrameworkReferences> references;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    RoleProfileService(RoleProfileRepository profiles, CompetencyService competencies,
                       List<FrameworkReferences> references, TenantScope tenantScope, AuditLog auditLog) {
        this.profiles = profiles;
        this.competencies = competencies;
        this.references = references;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    List<RoleProfileResponse> list(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> {
            Map<UUID, List<RequirementRow>> byProfile = profiles.allRequirements(caller.tenantId()).stream()
                    .collect(Collectors.groupingBy(RequirementRow::roleProfileId));
            return profiles.list(caller.tenantId()).stream()
                    .map(p -> RoleProfileResponse.of(p, byProfile.getOrDefault(p.id(), List.of()))).toList();
        });
    }

    RoleProfileResponse get(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> response(caller.tenantId(), id));
    }

    public RoleProfileResponse create(Caller caller, RoleProfileRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID id = UUID.randomUUID();
            RoleProfileRequest r = checked(caller.tenantId(), id, request);
            profiles.insert(caller.tenantId(), id, r.name(), r.family(), r.level(), r.description());
            insertRequirements(caller.tenantId(), id, r);
            RoleProfileResponse after = response(caller.tenantId(), id);
            auditLog.record(caller, "role_profile.created", ENTITY, id, null, after);
            return after;
        });
    }

    /** Replaces the whole profile, requirements included. */
    RoleProfileResponse replace(Caller caller, UUID id, RoleProfileRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            RoleProfileResponse before = response(caller.tenantId(), id);
            RoleProfileRequest r = checked(caller.tenantId(), id, request);
            profiles.update(caller.tenantId(), id, r.name(), r.family(), r.level(), r.description());
            profiles.deleteRequirements(caller.tenantId(), id);
            insertRequirements(caller.tenantId(), id, r);
            RoleProfileResponse after = response(caller.tenantId(), id);
            auditLog.record(caller, "role_profile.updated", ENTITY, id, before, after);
            return after;
        });
    }

    /** Refused with 409 while a mentee profile targets the role. */
    void delete(Caller caller, UUID id) {
        tenantScope.write(caller.tenantId(), () -> {
            RoleProfileResponse before = response(caller.tenantId(), id);
            long uses = references.stream().mapToLong(r -> r.roleProfileUses(caller.tenantId(), id)).sum();
            if (uses > 0) {
                throw ProblemType.ROLE_PROFILE_IN_USE.exception(
                        "Targeted by " + uses + " mentee profile(s) or roadmap(s); change their target role first");
            }
            profiles.delete(caller.tenantId(), id);
            auditLog.record(caller, "role_profile.deleted", ENTITY, id, before, null);
            return null;
        });
    }

    /** The role profile's name when it exists in the tenant. Runs inside the caller's open tenant transaction. */
    public Optional<String> nameInOpenTransaction(UUID tenantId, UUID id) {
        return profiles.find(tenantId, id).map(RoleProfile::name);
    }

    private RoleProfileResponse response(UUID tenantId, UUID id) {
        RoleProfile profile = profiles.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Role profile"));
        return RoleProfileResponse.of(profile, profiles.requirementsOf(tenantId, id));
    }

    private void insertRequirements(UUID tenantId, UUID id, RoleProfileRequest r) {
        r.requirements().forEach(q -> profiles.insertRequirement(tenantId, id, q.competencyId(), q.level()));
    }

    private RoleProfileRequest checked(UUID tenantId, UUID id, RoleProfileRequest request) {
        List<RoleProfileRequest.Requirement> requirements = request.requirements();
        List<Problem.Violation> violations = new ArrayList<>();
        competencies.checkListedOnce(tenantId, requirements.stream().map(RoleProfileRequest.Requirement::competencyId)
                .toList(), i -> "requirements[" + i + "].competencyId", violations);
        ProblemException.throwIfAny(violations);
        String name = request.name().trim();
        if (profiles.nameTaken(tenantId, name, id)) {
            throw ProblemType.ROLE_PROFILE_NAME_TAKEN.exception(null,
                    List.of(new Problem.Violation("name", "is already used by another role profile")));
        }
        String description = FreeText.optional(request.description());
        return new RoleProfileRequest(name, request.family().trim(), request.level(), description, requirements);
    }
}
