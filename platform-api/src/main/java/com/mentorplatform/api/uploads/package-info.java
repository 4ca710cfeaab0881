/** What every route taking a file upload needs: the sender's file name, read safely from its headers. */
package com.mentorplatform.api.uploads;
