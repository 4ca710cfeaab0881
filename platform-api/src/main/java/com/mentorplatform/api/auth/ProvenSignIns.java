package com.mentorplatform.api.auth;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.security.PasswordHasher;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seams.Published;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signing in someone whose identity was proven elsewhere (their company's identity provider), by e-mail, in one
 * tenant. The roles are the platform's: a login's own roles, plus MENTOR or MENTEE for the programmes the person
 * is enrolled in. A person HR added (by hand, import or SCIM) without a login gets one on their first sign-in,
 * with the roles their programmes give them, and no usable password. Call inside the tenant's open transaction.
 */
@Singleton
@Published
public class ProvenSignIns {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final AuthService auth;
    private final ParticipantRoles participantRoles;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    ProvenSignIns(AccountRepository accounts, AuthService auth, ParticipantRoles participantRoles,
                  PasswordHasher hasher, AuditLog audit) {
        this.accounts = accounts;
        this.auth = auth;
        this.participantRoles = participantRoles;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** Who the e-mail signs in as in this tenant (never another tenant), or why nobody. */
    public Outcome signIn(UUID tenantId, String email) {
        String address = email.trim();
        Optional<Account> account = accounts.findByEmail(tenantId, address);
        if (account.isPresent()) {
            return account.get().active() ? withProgrammeRoles(account.get()) : new Refused(Refusal.NO_PERSON);
        }
        Optional<UUID> person = accounts.activePersonWithEmail(tenantId, address);
        if (person.isEmpty()) {
            return new Refused(Refusal.NO_PERSON);
        }
        Set<Role> roles = participantRoles.of(tenantId, person.get());
        if (roles.isEmpty()) {
            return new Refused(Refusal.NOT_IN_A_PROGRAMME);
        }
        accounts.insert(tenantId, person.get(), unusablePassword(), names(roles));
        audit.record(tenantId, null, "account.created", "account", person.get(), null,
                Map.of("roles", names(roles), "by", "company sign-in"));
        return new SignedIn(person.get(), roles);
    }

    private Outcome withProgrammeRoles(Account account) {
        Set<Role> roles = EnumSet.copyOf(account.roleSet());
        if (roles.addAll(participantRoles.of(account.tenantId(), account.personId()))) {
            accounts.updateRoles(account.tenantId(), account.personId(), names(roles));
        }
        return new SignedIn(account.personId(), roles);
    }

    /** A new token family for the person's active account; empty when the account is gone or inactive since. */
    public Optional<TokenResponse> issueTokens(UUID tenantId, UUID personId) {
        return accounts.findByPerson(tenantId, personId).filter(Account::active)
                .map(account -> auth.issue(account, UUID.randomUUID()));
    }

    /** A hash of a secret nobody knows: the login exists for company sign-in only. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return hasher.hash(Base64.getEncoder().encodeToString(secret));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /** Who signed in, or why nobody did. */
    public sealed interface Outcome permits SignedIn, Refused {
    }

    public record SignedIn(UUID personId, Set<Role> roles) implements Outcome {
    }

    public record Refused(Refusal why) implements Outcome {
    }

    public enum Refusal {
        /** No one with the e-mail is with the company in this tenant. */
        NO_PERSON,
        /** The person has no login and is in no programme yet, so there is nothing for them to do here. */
        NOT_IN_A_PROGRAMME
    }
}
