package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Access tokens made outside the platform, for a tenant's admin: the claims the platform itself would issue,
 * changed as a test likes, and signed however it likes. {@link #status} shows one to {@code /api/me}.
 */
final class ForgedTokens {

    private final TestTenant tenant;
    private final TestUser admin;

    ForgedTokens(TestTenant tenant, TestUser admin) {
        this.tenant = tenant;
        this.admin = admin;
    }

    /** The status {@code GET /api/me} answers with this bearer token. */
    static int status(String token) {
        return Http.get("/api/me", token).status();
    }

    /** The claims of a genuine token of the admin, changed by {@code change}. */
    JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(RunningApi.ISSUER)
                .audience(RunningApi.AUDIENCE)
                .subject(admin.personId().toString())
                .claim("tid", tenant.id().toString())
                .claim("roles", List.of(Role.TENANT_ADMIN.name()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
        return change.apply(builder).build();
    }

    /** Changed claims signed exactly as the platform signs: HS256 with its secret. */
    String genuinelySigned(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(JWSAlgorithm.HS256, RunningApi.JWT_SECRET, claims(change));
    }

    /** A genuine token's claims under this header, signed by this signer. */
    String signed(JWSHeader header, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims(b -> b));
        jwt.sign(signer);
        return jwt.serialize();
    }

    static String sign(JWSAlgorithm algorithm, String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
