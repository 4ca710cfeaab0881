package com.mentorplatform.api.mail;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Each person's choice of which notification kinds reach them by mail, and the unsubscribe link behind it. */
@Singleton
class MailPreferences {

    private static final String KNOWN = String.join(", ", MailKinds.ALL);

    private final MailRepository repository;
    private final TenantScope tenantScope;
    private final MailSettings settings;
    private final UnsubscribeTokens tokens;
    private final MailTemplates templates;

    MailPreferences(MailRepository repository, TenantScope tenantScope, MailSettings settings,
                    UnsubscribeTokens tokens, MailTemplates templates) {
        this.repository = repository;
        this.tenantScope = tenantScope;
        this.settings = settings;
        this.tokens = tokens;
        this.templates = templates;
    }

    MailPreferencesResponse mine(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> current(caller.tenantId(), caller.personId()));
    }

    /** Every kind named is checked before anything changes, so a bad request changes nothing. */
    MailPreferencesResponse update(Caller caller, MailPreferencesRequest request) {
        Map<String, Boolean> wanted = valid(request.kinds());
        return tenantScope.write(caller.tenantId(), () -> {
            wanted.forEach((kind, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    repository.switchOn(caller.tenantId(), caller.personId(), kind);
                } else {
                    repository.switchOff(caller.tenantId(), caller.personId(), kind);
                }
            });
            return current(caller.tenantId(), caller.personId());
        });
    }

    /**
     * Switches off the kind an unsubscribe link names, for the person it names, and says so. An altered or
     * made-up token is a 400 naming the token; one whose person is gone is a 404.
     */
    String unsubscribe(String token) {
        UnsubscribeTokens.Subject subject = tokens.verify(token == null ? "" : token)
                .orElseThrow(() -> ProblemException.invalidField("token", "is not a valid unsubscribe link"));
        tenantScope.write(subject.tenantId(), () -> {
            if (!repository.personExists(subject.tenantId(), subject.personId())) {
                throw ProblemException.notFound("Person");
            }
            repository.switchOff(subject.tenantId(), subject.personId(), subject.kind());
            return null;
        });
        return templates.unsubscribed(subject.kind());
    }

    private MailPreferencesResponse current(UUID tenantId, UUID personId) {
        List<String> off = repository.kindsOff(tenantId, personId);
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (String kind : MailKinds.ALL) {
            kinds.put(kind, !off.contains(kind));
        }
        return new MailPreferencesResponse(settings.enabled(), kinds);
    }

    private static Map<String, Boolean> valid(Map<String, Boolean> requested) {
        Map<String, Boolean> wanted = new LinkedHashMap<>();
        List<Problem.Violation> violations = new ArrayList<>();
        requested.forEach((name, on) -> {
            if (!MailKinds.known(name)) {
                violations.add(new Problem.Violation("kinds." + name, "is not a kind of mail (one of " + KNOWN + ")"));
            } else if (on == null) {
                violations.add(new Problem.Violation("kinds." + name, "must be true or false"));
            } else {
                wanted.put(name, on);
            }
        });
        ProblemException.throwIfAny(violations);
        return wanted;
    }
}
