/**
 * JSON Merge Patch (RFC 7386) for any writable request record: the merged document passes the same
 * Bean Validation as a full request, so a PATCH can never store what a POST would refuse.
 */
package com.mentorplatform.api.mergepatch;
