package com.mentorplatform.ui.api;

/** The platform's roles, as the API names them. */
public enum Role {
    PLATFORM_OPERATOR("Platform operator"),
    TENANT_ADMIN("Tenant admin"),
    PROGRAMME_MANAGER("Programme manager"),
    MENTOR("Mentor"),
    MENTEE("Mentee"),
    LEADER("Leadership viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** How the role reads to a person. */
    public String label() {
        return label;
    }
}
