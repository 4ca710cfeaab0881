/**
 * The OpenAPI document as a contract: the build generates a Java client from it, and these tests drive the
 * running API through that client alone, so a route or field that drifts from the document fails here.
 */
package com.mentorplatform.api.contract;
