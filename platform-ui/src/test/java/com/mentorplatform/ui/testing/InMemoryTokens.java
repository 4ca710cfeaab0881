package com.mentorplatform.ui.testing;

import com.mentorplatform.ui.api.TokenStore;
import com.mentorplatform.ui.api.Tokens;
import java.util.Optional;

/** Holds tokens for API client tests that run without a Vaadin session. */
public final class InMemoryTokens implements TokenStore {

    private Tokens tokens;

    @Override
    public synchronized Optional<Tokens> current() {
        return Optional.ofNullable(tokens);
    }

    @Override
    public synchronized void store(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public synchronized void clear() {
        tokens = null;
    }
}
