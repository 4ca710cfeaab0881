package com.mentorplatform.api.sweep;

import com.mentorplatform.api.testing.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never show in someone else's answer: a tenant's ids, its people's e-mails, its slug and name.
 * Names of people are left out on purpose: two demo tenants draw them from the same lists.
 */
record Foreign(Set<UUID> ids, List<String> markers) {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** What an error answer must not carry: a stack frame, SQL or the driver's words, Java class names. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\tat |\\bat (com|io|java|org|jdk)\\.[\\w.$]+\\(|Exception\\b|\\bSQLState\\b|org\\.postgresql|"
                    + "\\bSELECT\\b.+\\bFROM\\b|\\bINSERT INTO\\b|\\bUPDATE\\b.+\\bSET\\b|\\bERROR: |"
                    + "\\b(com\\.mentorplatform|io\\.micronaut|java\\.(lang|util|sql))\\.[A-Za-z]", Pattern.DOTALL);

    /** Everything of the foreign tenant this answer shows, or an empty list. */
    List<String> seenIn(Http.Response response) {
        List<String> seen = new ArrayList<>();
        Matcher uuids = UUID_TEXT.matcher(response.text());
        while (uuids.find()) {
            if (ids.contains(UUID.fromString(uuids.group()))) {
                seen.add("id " + uuids.group());
            }
        }
        String lower = response.text().toLowerCase();
        markers.stream().filter(marker -> lower.contains(marker.toLowerCase())).forEach(marker -> seen.add("'" + marker + "'"));
        return seen;
    }

    /** Whether an error answer gives away how the API is built. */
    static boolean showsInternals(Http.Response response) {
        return response.status() >= 400 && INTERNALS.matcher(response.text()).find();
    }
}
