/**
 * The console's one typed client of the platform API: JSON over java.net.http, the signed-in
 * user's tokens refreshed transparently, and RFC 9457 problems turned into {@link com.mentorplatform.ui.api.ApiProblem}.
 */
package com.mentorplatform.ui.api;
