package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.AccessTokens;
import com.mentorplatform.api.security.PasswordHasher;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.TenantStatus;
import com.mentorplatform.api.tenancy.TenantTokens;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Login, refresh and logout. Refresh tokens rotate: each use spends the token and returns a new
 * one of the same family; presenting a spent token again means it was stolen, so the whole family
 * is revoked.
 */
@Singleton
class AuthService {

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final Clock clock;
    private final Duration refreshLifetime;
    private final TenantStatus tenantStatus;

    AuthService(Tenants tenants, TenantScope tenantScope, AccountRepository accounts,
                RefreshTokenRepository refreshTokens, LoginThrottle throttle, PasswordHasher hasher,
                AccessTokens accessTokens, Clock clock,
                @Value("${platform.jwt.refresh-token-lifetime:7d}") Duration refreshLifetime, TenantStatus tenantStatus) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
        this.tenantStatus = tenantStatus;
    }

    /** Logs in; {@code clientAddress} (null when unknown) is counted with the e-mail towards the lockout. */
    TokenResponse login(LoginRequest request, String clientAddress) {
        Optional<Tenant> tenant = tenants.findBySlug(request.tenant().trim().toLowerCase(Locale.ROOT))
                .filter(Tenant::active);
        if (tenant.isEmpty()) {
            hasher.matchesNothing(request.password());
            throw AuthProblems.badCredentials();
        }
        if (!tenant.get().passwordLogin()) {
            throw AuthProblems.passwordLoginOff();
        }
        UUID tenantId = tenant.get().id();
        // The failure must be committed even though the login fails, so the outcome leaves the transaction as a value.
        LoginOutcome outcome = tenantScope.write(tenantId, () -> attempt(tenantId, request, clientAddress));
        return outcome.tokens().orElseThrow(() -> outcome.retryAfter()
                .map(AuthProblems::tooManyAttempts).orElseGet(AuthProblems::badCredentials));
    }

    private LoginOutcome attempt(UUID tenantId, LoginRequest request, String clientAddress) {
        Optional<Duration> locked = throttle.lockedFor(tenantId, request.email(), clientAddress);
        if (locked.isPresent()) {
            return LoginOutcome.lockedOut(locked.get());
        }
        Optional<Account> account = accounts.findByEmail(tenantId, request.email().trim()).filter(Account::active);
        boolean valid = account.isPresent() ? hasher.matches(request.password(), account.get().passwordHash())
                : hasher.matchesNothing(request.password());
        if (!valid) {
            throttle.recordFailure(tenantId, request.email(), clientAddress);
            return LoginOutcome.failed();
        }
        throttle.recordSuccess(tenantId, request.email());
        return LoginOutcome.success(issue(account.get(), UUID.randomUUID()));
    }

    TokenResponse refresh(String token) {
        TenantTokens.Parsed parsed = TenantTokens.parse(token).filter(p -> tenantStatus.active(p.tenantId()))
                .orElseThrow(AuthProblems::badRefreshToken);
        Optional<TokenResponse> rotated = tenantScope.write(parsed.tenantId(), () -> rotate(parsed));
        return rotated.orElseThrow(AuthProblems::badRefreshToken);
    }

    private Optional<TokenResponse> rotate(TenantTokens.Parsed parsed) {
        Optional<RefreshToken> found = refreshTokens.findByHashForUpdate(parsed.tenantId(), parsed.hash());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken current = found.get();
        if (current.spentAt() != null) {
            refreshTokens.revokeFamily(current.tenantId(), current.familyId());
            return Optional.empty();
        }
        if (current.revokedAt() != null || current.expiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        refreshTokens.markSpent(current.tenantId(), current.id());
        return accounts.findByPerson(current.tenantId(), current.personId()).filter(Account::active)
                .map(account -> issue(account, current.familyId()));
    }

    void logout(String token) {
        TenantTokens.parse(token).ifPresent(parsed -> tenantScope.write(parsed.tenantId(), () -> {
            refreshTokens.findByHashForUpdate(parsed.tenantId(), parsed.hash())
                    .ifPresent(found -> refreshTokens.revokeFamily(found.tenantId(), found.familyId()));
            return null;
        }));
    }

    TokenResponse issue(Account account, UUID familyId) {
        TenantTokens.Minted refresh = TenantTokens.mint(account.tenantId());
        refreshTokens.insert(account.tenantId(), UUID.randomUUID(), familyId, account.personId(), refresh.hash(),
                clock.instant().plus(refreshLifetime));
        AccessTokens.IssuedAccessToken access = accessTokens.issue(account.personId(), account.tenantId(), account.roleSet());
        return new TokenResponse(access.token(), refresh.token(), access.expiresInSeconds());
    }

    /** What a login attempt came to, decided inside the transaction and acted on after it commits. */
    private record LoginOutcome(Optional<TokenResponse> tokens, Optional<Duration> retryAfter) {
        static LoginOutcome success(TokenResponse tokens) {
            return new LoginOutcome(Optional.of(tokens), Optional.empty());
        }

        static LoginOutcome failed() {
            return new LoginOutcome(Optional.empty(), Optional.empty());
        }

        static LoginOutcome lockedOut(Duration retryAfter) {
            return new LoginOutcome(Optional.empty(), Optional.of(retryAfter));
        }
    }
}
