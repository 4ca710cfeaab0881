/** Text from requests and configuration (free text, URLs) as the platform keeps and compares it. */
package com.mentorplatform.api.text;
