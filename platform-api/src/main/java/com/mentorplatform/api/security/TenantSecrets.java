package com.mentorplatform.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The shape of the platform's opaque tokens (refresh tokens, SCIM tokens): {@code <tenant id>.<256 random
 * bits>}. The tenant part lets the token be looked up inside its tenant's transaction; only a SHA-256 of the
 * secret is stored, so a copy of the table gives no one a working token.
 */
public final class TenantSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TenantSecrets() {
    }

    /** A presented token's tenant and the hash to look it up by. */
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
