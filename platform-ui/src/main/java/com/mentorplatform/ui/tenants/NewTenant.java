package com.mentorplatform.ui.tenants;

/** What the operator supplies to create a tenant together with its first admin. */
record NewTenant(String slug, String name, String adminEmail, String adminDisplayName, String adminPassword) {

    @Override
    public String toString() {
        return "NewTenant[slug=" + slug + ", name=" + name + ", adminEmail=" + adminEmail + "]";
    }
}
