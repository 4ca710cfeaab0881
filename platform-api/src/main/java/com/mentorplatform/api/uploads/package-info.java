/**
 * What every route taking a file upload needs: the sender's file name, read safely from its headers, and the body
 * read up to the route's limit.
 */
package com.mentorplatform.api.uploads;
