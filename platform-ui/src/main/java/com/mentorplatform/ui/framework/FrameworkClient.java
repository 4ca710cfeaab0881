package com.mentorplatform.ui.framework;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The competency-framework calls of the API, typed: HR edits the framework, profile forms read it. */
public final class FrameworkClient {

    private static final String COMPETENCIES = "/api/competencies";
    private static final String ROLE_PROFILES = "/api/role-profiles";

    private final ApiClient api;

    public FrameworkClient(ApiClient api) {
        this.api = api;
    }

    /** Every competency, by category and name. */
    public List<CompetencyResponse> competencies() {
        return api.getList(COMPETENCIES, CompetencyResponse.class);
    }

    CompetencyResponse create(CompetencyDraft draft) {
        return api.send("POST", COMPETENCIES, draft, CompetencyResponse.class);
    }

    CompetencyResponse update(UUID id, Map<String, Object> mergePatch) {
        return api.send("PATCH", competency(id), mergePatch, CompetencyResponse.class);
    }

    /** Refused (409) while a role or participant profile uses the competency. */
    void deleteCompetency(UUID id) {
        api.send("DELETE", competency(id), null);
    }

    /** Every role profile with its requirements, by family, level and name. */
    public List<RoleProfileResponse> roleProfiles() {
        return api.getList(ROLE_PROFILES, RoleProfileResponse.class);
    }

    RoleProfileResponse create(RoleProfileDraft draft) {
        return api.send("POST", ROLE_PROFILES, draft, RoleProfileResponse.class);
    }

    RoleProfileResponse replace(UUID id, RoleProfileDraft draft) {
        return api.send("PUT", roleProfile(id), draft, RoleProfileResponse.class);
    }

    void deleteRoleProfile(UUID id) {
        api.send("DELETE", roleProfile(id), null);
    }

    private static String competency(UUID id) {
        return COMPETENCIES + "/" + ApiPaths.encode(id.toString());
    }

    private static String roleProfile(UUID id) {
        return ROLE_PROFILES + "/" + ApiPaths.encode(id.toString());
    }
}
