/**
 * Every error the API returns is RFC 9457 problem+json, produced here and nowhere else: domain
 * problems thrown by services, framework errors, and field violations for bad input, each of a type
 * listed once in {@link com.mentorplatform.api.problem.ProblemType}.
 */
package com.mentorplatform.api.problem;
