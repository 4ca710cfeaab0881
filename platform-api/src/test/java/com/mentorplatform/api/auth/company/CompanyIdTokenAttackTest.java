package com.mentorplatform.api.auth.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.api.testing.RunningApi;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import java.net.URL;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * ID tokens a provider never signed, handed straight to the company sign-in's token check: only a token signed
 * by a key the tenant's provider publishes, for this client, from this issuer, alive, with the nonce, passes.
 */
class CompanyIdTokenAttackTest {

    private static final String CLIENT_ID = "mentoring-platform";
    private static final String SECRET = "provider-client-secret-0123456789-provider-client-secret";
    private static final String NONCE = "nonce-1";

    static MockOAuth2Server provider;
    static OauthClientConfiguration client;
    static DefaultOpenIdProviderMetadata metadata;
    static CompanyIdTokenValidator validator;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        URL issuer = provider.issuerUrl("acme").url();
        client = ProviderSettings.client("acme", issuer, CLIENT_ID, SECRET);
        metadata = RunningApi.get().bean(TenantOpenIdClients.class).discover("acme", issuer);
        validator = RunningApi.get().bean(CompanyIdTokenValidator.class);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void the_providers_own_token_passes() {
        assertThat(passes(provider.issueToken("acme", CLIENT_ID, callbackWith(NONCE)).serialize())).isTrue();
    }

    @Test
    void a_token_signed_by_another_key_under_the_providers_key_id_fails() throws JOSEException {
        String kid = provider.issueToken("acme", CLIENT_ID, callbackWith(NONCE)).getHeader().getKeyID();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims(b -> b));
        forged.sign(new RSASSASigner(impostor));
        assertThat(passes(forged.serialize())).isFalse();
    }

    @Test
    void an_unsigned_token_or_one_signed_with_the_client_secret_fails() throws JOSEException {
        assertThat(passes(new PlainJWT(claims(b -> b)).serialize())).isFalse();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(b -> b));
        hmac.sign(new MACSigner(SECRET));
        assertThat(passes(hmac.serialize())).isFalse();
        SignedJWT platformSecret = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(b -> b));
        platformSecret.sign(new MACSigner(RunningApi.JWT_SECRET));
        assertThat(passes(platformSecret.serialize())).isFalse();
    }

    @Test
    void a_genuine_signature_over_wrong_claims_fails() {
        assertThat(passes(token(NONCE, "another-client", 3600))).as("for another client").isFalse();
        assertThat(passes(token("another-nonce", CLIENT_ID, 3600))).as("another sign-in's nonce").isFalse();
        assertThat(passes(token(NONCE, CLIENT_ID, -600))).as("expired ten minutes ago").isFalse();
        assertThat(passes(provider.issueToken("elsewhere", CLIENT_ID, callbackWith(NONCE)).serialize()))
                .as("another issuer's token").isFalse();
    }

    private static String token(String nonce, String audience, long expiry) {
        return provider.issueToken("acme", CLIENT_ID, new DefaultOAuth2TokenCallback("acme", "subject", "JWT",
                List.of(audience), Map.of("nonce", nonce), expiry)).serialize();
    }

    private static DefaultOAuth2TokenCallback callbackWith(String nonce) {
        return new DefaultOAuth2TokenCallback("acme", "subject", "JWT", List.of(CLIENT_ID), Map.of("nonce", nonce), 3600);
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder().issuer(provider.issuerUrl("acme").toString())
                .audience(CLIENT_ID).subject("subject").claim("nonce", NONCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))).build();
    }

    private static boolean passes(String idToken) {
        OpenIdTokenResponse response = new OpenIdTokenResponse();
        response.setIdToken(idToken);
        response.setAccessToken("access");
        response.setTokenType("Bearer");
        return Mono.from(validator.validate(client, metadata, response, NONCE)).blockOptional().isPresent();
    }
}
