/**
 * How the API stops: Micronaut's graceful shutdown lets requests in flight finish while new ones are
 * refused with 503 problem+json; background work cut off by the stop is failed by
 * {@link com.mentorplatform.api.background.InterruptedWork}.
 */
package com.mentorplatform.api.lifecycle;
