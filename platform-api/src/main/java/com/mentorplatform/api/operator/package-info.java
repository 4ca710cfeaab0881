/**
 * Platform operators: onboarding a tenant with its first admin, listing tenants, and making sure
 * an operator account exists. Operators never read a tenant's people.
 */
package com.mentorplatform.api.operator;
