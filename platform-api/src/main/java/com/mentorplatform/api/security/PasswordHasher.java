package com.mentorplatform.api.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import java.security.SecureRandom;

/** bcrypt (Bouncy Castle) password hashes in the standard {@code $2b$} format. */
@Singleton
public class PasswordHasher {

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    /** Compared against when no account matches, so a wrong e-mail takes as long as a wrong password. */
    private final String decoy;

    PasswordHasher(@Value("${platform.bcrypt-cost:11}") int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-never-matches");
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    public boolean matches(String password, String hash) {
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends the time of one password check and answers false: for logins with no account. */
    public boolean matchesNothing(String password) {
        matches(password, decoy);
        return false;
    }
}
