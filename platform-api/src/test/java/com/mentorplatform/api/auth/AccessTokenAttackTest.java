package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.PlainJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.auth.ForgedTokens.sign;
import static com.mentorplatform.api.auth.ForgedTokens.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of bending an access token's signature ends in a 401, and a genuine token reaches only its own
 * tenant. {@link AccessTokenClaimsAttackTest} bends the claims.
 */
class AccessTokenAttackTest {

    static TestTenant tenant;
    static TestUser admin;
    static ForgedTokens forged;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Token Co");
        admin = tenant.admin();
        forged = new ForgedTokens(tenant, admin);
    }

    @Test
    void a_token_signed_exactly_like_the_platform_is_accepted() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b))).isEqualTo(200);
    }

    @Test
    void an_unsigned_alg_none_token_is_401() {
        String token = new PlainJWT(forged.claims(b -> b)).serialize();

        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void a_changed_payload_is_401() {
        String token = admin.token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"TENANT_ADMIN\"", "\"PLATFORM_OPERATOR\"");
        String forgedToken = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(status(forgedToken)).isEqualTo(401);
    }

    @Test
    void a_wrong_signature_is_401() throws Exception {
        assertThat(status(sign(JWSAlgorithm.HS256, "another-secret-that-is-long-enough-too!", forged.claims(b -> b))))
                .isEqualTo(401);
    }

    @Test
    void another_algorithm_with_the_right_secret_is_401() throws Exception {
        assertThat(status(sign(JWSAlgorithm.HS512, RunningApi.JWT_SECRET + RunningApi.JWT_SECRET, forged.claims(b -> b))))
                .isEqualTo(401);
        assertThat(status(sign(JWSAlgorithm.HS384, RunningApi.JWT_SECRET + "-padding-to-48-bytes", forged.claims(b -> b))))
                .isEqualTo(401);
    }

    @Test
    void hs384_or_hs512_over_exactly_the_platform_secret_is_401() throws Exception {
        // the framework's HMAC signature verifies whichever HMAC the header names and the secret is long enough for
        // (the test secret is long enough for all three); only HS256 may pass
        assertThat(status(sign(JWSAlgorithm.HS512, RunningApi.JWT_SECRET, forged.claims(b -> b)))).isEqualTo(401);
        assertThat(status(sign(JWSAlgorithm.HS384, RunningApi.JWT_SECRET, forged.claims(b -> b)))).isEqualTo(401);
    }

    @Test
    void a_token_signed_with_a_key_pair_of_its_own_is_401_whatever_the_algorithm() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).generate();
        ECKey ec = new ECKeyGenerator(Curve.P_256).generate();

        assertThat(status(forged.signed(new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(rsa.toPublicJWK()).build(),
                new RSASSASigner(rsa)))).isEqualTo(401);
        assertThat(status(forged.signed(new JWSHeader.Builder(JWSAlgorithm.PS256).jwk(rsa.toPublicJWK()).build(),
                new RSASSASigner(rsa)))).isEqualTo(401);
        assertThat(status(forged.signed(new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(ec.toPublicJWK()).build(),
                new ECDSASigner(ec)))).isEqualTo(401);
    }

    @Test
    void an_hmac_token_keyed_with_public_key_material_is_401() throws Exception {
        // the classic confusion: a verifier that takes "the key" for HS256 from a public key an attacker can read
        RSAKey rsa = new RSAKeyGenerator(2048).generate();
        byte[] publicKey = rsa.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n";

        assertThat(status(forged.signed(new JWSHeader(JWSAlgorithm.HS256), new MACSigner(publicKey)))).isEqualTo(401);
        assertThat(status(forged.signed(new JWSHeader(JWSAlgorithm.HS256), new MACSigner(pem.getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(401);
        assertThat(status(forged.signed(new JWSHeader.Builder(JWSAlgorithm.HS256).jwk(rsa.toPublicJWK()).build(),
                new MACSigner(rsa.toRSAPublicKey().getModulus().toByteArray())))).isEqualTo(401);
    }

    @Test
    void a_token_encrypted_with_the_platform_secret_instead_of_signed_is_401() throws Exception {
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.PBES2_HS256_A128KW, EncryptionMethod.A128GCM),
                forged.claims(b -> b));
        jwt.encrypt(new PasswordBasedEncrypter(RunningApi.JWT_SECRET, 16, 1000));

        assertThat(status(jwt.serialize())).isEqualTo(401);
    }

    @Test
    void another_tenants_valid_token_finds_nothing_of_this_tenant() {
        TestTenant other = TestTenant.create("Token Other Co");
        String foreignToken = other.admin().token();

        Http.Response foreign = Http.get("/api/people/" + admin.personId(), foreignToken);
        Http.Response missing = Http.get("/api/people/" + UUID.randomUUID(), foreignToken);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(Http.patch("/api/people/" + admin.personId(), foreignToken, Map.of("displayName", "Taken")).status())
                .isEqualTo(404);
    }

    @Test
    void a_person_who_has_left_can_neither_log_in_nor_renew_their_tokens() {
        TestUser leaver = tenant.user(Role.MENTEE);
        String refreshToken = leaver.tokens().string("refreshToken");

        Http.Response left = Http.patch("/api/people/" + leaver.personId(), admin.token(),
                Map.of("leftOn", LocalDate.now().minusDays(1).toString()));

        assertThat(left.status()).isEqualTo(200);
        assertThat(leaver.login().status()).isEqualTo(401);
        assertThat(Http.post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken)).status()).isEqualTo(401);
    }

    @Test
    void no_token_or_a_malformed_header_is_401() {
        assertThat(Http.get("/api/me", null).status()).isEqualTo(401);
        assertThat(status("not.a.jwt")).isEqualTo(401);
        assertThat(status("")).isEqualTo(401);
    }
}
