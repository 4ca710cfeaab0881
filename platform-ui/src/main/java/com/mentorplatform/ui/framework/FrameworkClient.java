package com.mentorplatform.ui.framework;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.Map;

/** The competency-framework calls of the API, typed: HR edits the framework, profile forms read it. */
public final class FrameworkClient {

    private static final String COMPETENCIES = "/api/competencies";
    private static final String ROLE_PROFILES = "/api/role-profiles";

    private final ApiClient api;

    public FrameworkClient(ApiClient api) {
        this.api = api;
    }

    /** Every competency, by category and name. */
    public List<Competency> competencies() {
        return api.getList(COMPETENCIES, Competency.class);
    }

    Competency create(CompetencyDraft draft) {
        return api.send("POST", COMPETENCIES, draft, Competency.class);
    }

    Competency update(String id, Map<String, Object> mergePatch) {
        return api.send("PATCH", COMPETENCIES + "/" + ApiPaths.encode(id), mergePatch, Competency.class);
    }

    /** Refused (409) while a role or participant profile uses the competency. */
    void deleteCompetency(String id) {
        api.send("DELETE", COMPETENCIES + "/" + ApiPaths.encode(id), null);
    }

    /** Every role profile with its requirements, by family, level and name. */
    public List<RoleProfile> roleProfiles() {
        return api.getList(ROLE_PROFILES, RoleProfile.class);
    }

    RoleProfile create(RoleProfileDraft draft) {
        return api.send("POST", ROLE_PROFILES, draft, RoleProfile.class);
    }

    RoleProfile replace(String id, RoleProfileDraft draft) {
        return api.send("PUT", ROLE_PROFILES + "/" + ApiPaths.encode(id), draft, RoleProfile.class);
    }

    void deleteRoleProfile(String id) {
        api.send("DELETE", ROLE_PROFILES + "/" + ApiPaths.encode(id), null);
    }
}
