/**
 * The seam between the demo's orchestrator ({@code demo}) and the features that seed their own demo data: each
 * feature implements {@link com.mentorplatform.api.seeding.DemoStep} in its own package, package-private, and
 * reads what earlier steps made from the {@link com.mentorplatform.api.seeding.DemoWorld}, so no feature's demo
 * code imports another feature's. A package of its own, not part of {@code demo}: the orchestrator depends on
 * features that seed nothing here (people, logins, the synthetic history, the snapshot), and those reach features
 * that do, so seam and orchestrator in one package would be a cycle.
 */
package com.mentorplatform.api.seeding;
