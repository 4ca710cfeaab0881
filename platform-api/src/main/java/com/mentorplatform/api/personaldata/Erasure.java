package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;

/**
 * The right to be forgotten, done by a tenant admin in ONE transaction: what only the person wrote
 * (journal, evidence with its files, their private notes, their exports) is deleted; their identity is
 * pseudonymised where records are shared or counted (the person row, pairs, check-ins, roadmaps' shape,
 * audit and history rows), so pairs, shared notes and every figure stay as they were; their login is
 * disabled. The audit record says who erased whom and when, and counts what went, never what it was.
 */
@Singleton
class Erasure {

    static final String ERASED_NAME = "Erased person";
    static final String ERASED_TEXT = "Erased";
    /** RFC 2606 reserves .invalid: such an address can never be delivered. */
    private static final String ERASED_DOMAIN = "@erased.invalid";

    private final TenantScope tenantScope;
    private final ErasureStatements statements;
    private final AuditLog auditLog;

    Erasure(TenantScope tenantScope, ErasureStatements statements, AuditLog auditLog) {
        this.tenantScope = tenantScope;
        this.statements = statements;
        this.auditLog = auditLog;
    }

    ErasureResponse erase(Caller caller, UUID personId, ErasureRequest request) {
        UUID tenantId = caller.tenantId();
        return tenantScope.write(tenantId, () -> {
            ErasureStatements.Identity who = statements.lock(tenantId, personId)
                    .orElseThrow(() -> ProblemException.notFound("Person"));
            if (!who.email().trim().equalsIgnoreCase(request.confirmation().trim())) {
                throw ProblemException.invalidField("confirmation", "must be the person's e-mail address, typed again");
            }
            String maskedEmail = "erased-" + UUID.randomUUID() + ERASED_DOMAIN;
            int audit = statements.pseudonymiseAppendOnly(tenantId, personId, who, maskedEmail);
            int journal = statements.deleteJournal(tenantId, personId);
            int evidence = statements.deleteEvidence(tenantId, personId);
            int notes = statements.deletePrivateNotes(tenantId, personId);
            int surveyComments = statements.clearSurveyComments(tenantId, personId);
            statements.clearRoadmapTexts(tenantId, personId);
            int messages = statements.pseudonymiseMessages(tenantId, personId, who, maskedEmail);
            int exports = statements.discardExports(tenantId, personId);
            int tokens = statements.disableAccount(tenantId, personId, who);
            statements.pseudonymisePerson(tenantId, personId, maskedEmail);
            ErasureResponse erased = new ErasureResponse(personId, Instant.now(), journal, evidence, notes,
                    surveyComments, tokens, exports, audit, messages);
            auditLog.record(caller, "person.erased", "person", personId, null, erased);
            return erased;
        });
    }
}
