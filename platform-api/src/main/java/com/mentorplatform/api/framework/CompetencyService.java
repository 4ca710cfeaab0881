package com.mentorplatform.api.framework;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/** Reads and changes the tenant's competencies; every change is audited in the same transaction. */
@Published
@Singleton
public class CompetencyService {

    private static final String ENTITY = "competency";

    private final CompetencyRepository competencies;
    private final List<FrameworkReferences> references;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;

    CompetencyService(CompetencyRepository competencies, List<FrameworkReferences> references,
                      TenantScope tenantScope, AuditLog auditLog, MergePatch mergePatch) {
        this.competencies = competencies;
        this.references = references;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
    }

    List<CompetencyResponse> list(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> competencies.list(caller.tenantId()).stream()
                .map(CompetencyResponse::of).toList());
    }

    CompetencyResponse get(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> CompetencyResponse.of(load(caller.tenantId(), id)));
    }

    public CompetencyResponse create(Caller caller, CompetencyRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID id = UUID.randomUUID();
            CompetencyRequest r = trimmed(request);
            checkNameFree(caller.tenantId(), r.name(), id);
            List<String> l = r.levelDescriptors();
            competencies.insert(caller.tenantId(), id, r.name(), r.category(), r.description(),
                    l.get(0), l.get(1), l.get(2), l.get(3), l.get(4));
            CompetencyResponse after = CompetencyResponse.of(load(caller.tenantId(), id));
            auditLog.record(caller, "competency.created", ENTITY, id, null, after);
            return after;
        });
    }

    CompetencyResponse patch(Caller caller, UUID id, JsonNode patch) {
        return tenantScope.write(caller.tenantId(), () -> {
            Competency current = load(caller.tenantId(), id);
            CompetencyRequest r = trimmed(mergePatch.apply(CompetencyRequest.of(current), patch, CompetencyRequest.class));
            checkNameFree(caller.tenantId(), r.name(), id);
            List<String> l = r.levelDescriptors();
            competencies.update(caller.tenantId(), id, r.name(), r.category(), r.description(),
                    l.get(0), l.get(1), l.get(2), l.get(3), l.get(4));
            CompetencyResponse after = CompetencyResponse.of(load(caller.tenantId(), id));
            auditLog.record(caller, "competency.updated", ENTITY, id,
                    CompetencyResponse.of(current), after);
            return after;
        });
    }

    /** Refused with 409 while a role profile or a participant profile uses the competency. */
    void delete(Caller caller, UUID id) {
        tenantScope.write(caller.tenantId(), () -> {
            Competency current = load(caller.tenantId(), id);
            long roleProfiles = competencies.roleProfilesUsing(caller.tenantId(), id);
            long others = references.stream().mapToLong(r -> r.competencyUses(caller.tenantId(), id)).sum();
            if (roleProfiles + others > 0) {
                throw ProblemType.COMPETENCY_IN_USE.exception(
                        "Used by " + roleProfiles + " role profile(s) and " + others
                                + " participant profile(s) or roadmap(s); remove it from them first");
            }
            competencies.delete(caller.tenantId(), id);
            auditLog.record(caller, "competency.deleted", ENTITY, id,
                    CompetencyResponse.of(current), null);
            return null;
        });
    }

    /**
     * The names of those of {@code ids} that are competencies of the tenant; an id missing from the
     * answer does not exist there. Runs inside the caller's open tenant transaction.
     */
    public Map<UUID, String> namesInOpenTransaction(UUID tenantId, Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            competencies.findAll(tenantId, ids).forEach(c -> names.put(c.id(), c.name()));
        }
        return names;
    }

    /**
     * Adds a violation, named {@code field.apply(index)}, for each id that is not a competency of the
     * tenant or repeats an earlier one. Runs inside the caller's open tenant transaction.
     */
    public void checkListedOnce(UUID tenantId, List<UUID> ids, IntFunction<String> field,
                                List<Problem.Violation> violations) {
        Set<UUID> known = namesInOpenTransaction(tenantId, ids).keySet();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                violations.add(new Problem.Violation(field.apply(i), "no such competency"));
            } else if (!seen.add(ids.get(i))) {
                violations.add(new Problem.Violation(field.apply(i), "is listed more than once"));
            }
        }
    }

    private Competency load(UUID tenantId, UUID id) {
        return competencies.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Competency"));
    }

    private void checkNameFree(UUID tenantId, String name, UUID id) {
        if (competencies.nameTaken(tenantId, name, id)) {
            throw ProblemType.COMPETENCY_NAME_TAKEN.exception(null,
                    List.of(new Problem.Violation("name", "is already used by another competency")));
        }
    }

    private static CompetencyRequest trimmed(CompetencyRequest r) {
        return new CompetencyRequest(r.name().trim(), r.category().trim(),
                FreeText.optional(r.description()),
                r.levelDescriptors().stream().map(String::trim).toList());
    }
}
