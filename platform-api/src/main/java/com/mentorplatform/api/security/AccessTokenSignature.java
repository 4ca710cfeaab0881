package com.mentorplatform.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Base64;

/**
 * The only signature micronaut-security-jwt knows: the framework's HMAC signature over the platform's secret,
 * pinned to HS256 on both sides. The framework's own {@link SecretSignature} verifies whatever HMAC algorithm a
 * token's header names (HS384 or HS512 over the same secret would pass), so the header is checked first. It is
 * the {@code generator} signature, so the framework's token generator signs with it too.
 */
@Singleton
@Named("generator")
class AccessTokenSignature implements SignatureGeneratorConfiguration {

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;

    private final SecretSignature signature;

    AccessTokenSignature(TokenSettings settings) {
        // built here, not from micronaut.security.token.jwt.signatures.secret.*, so TokenSettings keeps its rules on
        // PLATFORM_JWT_SECRET (at least 32 bytes; a random key with a warning when unset)
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("access-tokens");
        configuration.setSecret(Base64.getEncoder().encodeToString(settings.secret()));
        configuration.setBase64(true);
        configuration.setJwsAlgorithm(ALGORITHM);
        this.signature = new SecretSignature(configuration);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only HS256 is supported for access tokens";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ALGORITHM.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && signature.verify(jwt);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }
}
