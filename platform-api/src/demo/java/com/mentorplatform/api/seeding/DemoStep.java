package com.mentorplatform.api.seeding;

/**
 * One feature's part of a demo tenant, run once per tenant in {@link #order()} after the people and logins
 * exist: a {@code @Singleton} in the feature's own package, package-private (a bean whatever {@code platform.demo}
 * says, as tests seed demo tenants too; it costs nothing until asked for), that makes its data through the
 * feature's services as the users would (checked like their requests with {@link DemoWorld#valid}) and leaves in
 * the world what later steps need.
 */
public interface DemoStep {

    /** Where this step runs: lower first. The steps and their numbers are listed on {@code demo.DemoTenant}. */
    int order();

    void seed(DemoWorld world);
}
