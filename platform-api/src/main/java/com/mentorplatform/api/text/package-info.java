/** Free text from requests as the platform keeps and compares it. */
package com.mentorplatform.api.text;
