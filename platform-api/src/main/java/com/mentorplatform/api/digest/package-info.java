/**
 * The programme managers' weekly digest by e-mail: the week's milestone figures from the analytics and the pairs
 * needing attention from oversight, sent once a week to each of a tenant's programme managers.
 */
package com.mentorplatform.api.digest;
