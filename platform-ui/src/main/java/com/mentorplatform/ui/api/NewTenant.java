package com.mentorplatform.ui.api;

/** What the operator supplies to create a tenant together with its first admin. */
public record NewTenant(String slug, String name, String adminEmail, String adminDisplayName, String adminPassword) {

    @Override
    public String toString() {
        return "NewTenant[slug=" + slug + ", name=" + name + ", adminEmail=" + adminEmail + "]";
    }
}
