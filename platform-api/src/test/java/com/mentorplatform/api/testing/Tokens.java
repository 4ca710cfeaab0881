package com.mentorplatform.api.testing;

/** Made-up tokens for the attack tests: a genuine token with one character changed. */
public final class Tokens {

    private Tokens() {
    }

    /**
     * {@code token} with the character at {@code at} replaced by one that always differs from it (a fixed
     * replacement would leave one random token in 64 unchanged, and the test would then fail by chance).
     */
    public static String withCharacterChanged(String token, int at) {
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }
}
