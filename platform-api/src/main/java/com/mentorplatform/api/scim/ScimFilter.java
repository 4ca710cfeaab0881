package com.mentorplatform.api.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters an identity provider uses to find a user before it creates one (RFC 7644 §3.4.2.2):
 * {@code userName eq "..."}, {@code externalId eq "..."} and {@code id eq "..."}. Anything else, or anything
 * malformed, is a 400 {@code invalidFilter} rather than a list that silently ignores the filter.
 */
record ScimFilter(Attribute attribute, String value) {

    /** What a filter may compare. */
    enum Attribute { USER_NAME, EXTERNAL_ID, ID }

    private static final Pattern EQUALS = Pattern.compile(
            "^\\s*(?:" + Pattern.quote(ScimUser.CORE) + ":)?([A-Za-z]+)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$",
            Pattern.CASE_INSENSITIVE);

    static ScimFilter parse(String filter) {
        Matcher matched = EQUALS.matcher(filter);
        if (!matched.matches()) {
            throw ScimException.badRequest("invalidFilter",
                    "filter: only userName, externalId or id eq \"value\" is supported");
        }
        Attribute attribute = switch (matched.group(1).toLowerCase(Locale.ROOT)) {
            case "username" -> Attribute.USER_NAME;
            case "externalid" -> Attribute.EXTERNAL_ID;
            case "id" -> Attribute.ID;
            default -> throw ScimException.badRequest("invalidFilter",
                    "filter: '" + matched.group(1) + "' cannot be filtered on; use userName, externalId or id");
        };
        return new ScimFilter(attribute, matched.group(2).replaceAll("\\\\(.)", "$1"));
    }
}
