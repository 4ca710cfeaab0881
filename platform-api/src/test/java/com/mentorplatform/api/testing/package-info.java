/** Test support: one running API per test JVM on a throwaway database, an HTTP helper, and fixture builders. */
package com.mentorplatform.api.testing;
