/** Serves the OpenAPI document generated at build time, and a browsable view of it. */
package com.mentorplatform.api.apidocs;
