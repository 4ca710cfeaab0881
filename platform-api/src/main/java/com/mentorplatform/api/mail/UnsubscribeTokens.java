package com.mentorplatform.api.mail;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token of an unsubscribe link: who (tenant and person) switches off which kind, signed with HMAC-SHA256
 * so that it cannot be guessed or altered. It names no e-mail address and needs no login; the worst a
 * forwarded mail allows is switching that one kind off for its recipient.
 */
@Singleton
class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "mail-unsubscribe-v1".getBytes(StandardCharsets.UTF_8);
    private static final int IDS = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token switches off. */
    record Subject(UUID tenantId, UUID personId, String kind) {
    }

    private final SecretKeySpec key;

    UnsubscribeTokens(MailSettings settings) {
        // A key of its own, derived from the configured secret, so a mail link is never a valid use of the token key.
        this.key = new SecretKeySpec(mac(new SecretKeySpec(settings.linkSecret(), ALGORITHM), PURPOSE), ALGORITHM);
    }

    String issue(UUID tenantId, UUID personId, String kind) {
        byte[] name = kind.getBytes(StandardCharsets.US_ASCII);
        byte[] payload = ByteBuffer.allocate(IDS + name.length)
                .putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits())
                .putLong(personId.getMostSignificantBits()).putLong(personId.getLeastSignificantBits())
                .put(name).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(key, payload));
    }

    /** The subject of a token signed here; empty for anything else, however it is malformed. */
    Optional<Subject> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (payload.length <= IDS || !MessageDigest.isEqual(signature, mac(key, payload))) {
                return Optional.empty();
            }
            ByteBuffer ids = ByteBuffer.wrap(payload, 0, IDS);
            UUID tenantId = new UUID(ids.getLong(), ids.getLong());
            UUID personId = new UUID(ids.getLong(), ids.getLong());
            String name = new String(Arrays.copyOfRange(payload, IDS, payload.length), StandardCharsets.US_ASCII);
            return MailKinds.known(name) ? Optional.of(new Subject(tenantId, personId, name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
