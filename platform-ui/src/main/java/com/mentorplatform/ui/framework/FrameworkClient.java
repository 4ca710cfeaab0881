package com.mentorplatform.ui.framework;

import com.mentorplatform.ui.api.ApiClient;
import java.util.List;

/** Reads the competency framework ({@code /api/competencies}, {@code /api/role-profiles}) for one user. */
public final class FrameworkClient {

    private final ApiClient api;

    public FrameworkClient(ApiClient api) {
        this.api = api;
    }

    /** Every competency of the tenant, by category and name. */
    public List<Competency> competencies() {
        return api.getList("/api/competencies", Competency.class);
    }

    /** Every role profile of the tenant with its requirements, by family, level and name. */
    public List<RoleProfile> roleProfiles() {
        return api.getList("/api/role-profiles", RoleProfile.class);
    }
}
