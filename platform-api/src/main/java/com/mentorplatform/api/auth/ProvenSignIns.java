package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Signing in someone whose identity was proven elsewhere (their company's identity provider): finds their
 * account by e-mail and issues the platform's tokens, with the roles the platform gave them. Call inside the
 * tenant's open transaction.
 */
@Singleton
public class ProvenSignIns {

    private final AccountRepository accounts;
    private final AuthService auth;

    ProvenSignIns(AccountRepository accounts, AuthService auth) {
        this.accounts = accounts;
        this.auth = auth;
    }

    /** The active account with this e-mail in this tenant (never another's), as its person and roles. */
    public Optional<SignedInAccount> activeAccount(UUID tenantId, String email) {
        return accounts.findByEmail(tenantId, email.trim()).filter(Account::active)
                .map(account -> new SignedInAccount(account.personId(), account.roleSet()));
    }

    /** A new token family for the person's active account; empty when the account is gone or inactive since. */
    public Optional<TokenResponse> issueTokens(UUID tenantId, UUID personId) {
        return accounts.findByPerson(tenantId, personId).filter(Account::active)
                .map(account -> auth.issue(account, UUID.randomUUID()));
    }

    public record SignedInAccount(UUID personId, Set<Role> roles) {
    }
}
