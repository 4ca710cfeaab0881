package com.mentorplatform.api.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A secret token that names its tenant: {@code <tenant id>.<256 random bits>}, for refresh tokens, SCIM tokens and the
 * private calendar feed links. The tenant part lets a token that comes without a login be looked up inside its
 * tenant's transaction, under row-level security like any other read (a made-up tenant id finds nothing); only a
 * SHA-256 of the secret is stored, so the table never holds a usable token.
 */
public final class TenantTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TenantTokens() {
    }

    /** The tenant a token names and the hash to look it up by. */
    public record Parsed(UUID tenantId, byte[] hash) {
    }

    /** A new token for a tenant and the hash to store for it. */
    public record Minted(String token, byte[] hash) {
    }

    public static Minted mint(UUID tenantId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Minted(tenantId + "." + encoded, sha256(encoded));
    }

    /** The tenant and hash of anything shaped like a token; empty for anything else. */
    public static Optional<Parsed> parse(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(UUID.fromString(token.substring(0, dot)), sha256(token.substring(dot + 1))));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
