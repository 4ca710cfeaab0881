package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.TokenStore;
import com.mentorplatform.ui.api.Tokens;
import java.util.Optional;

/** The token pair of one Vaadin session; it lives and dies with {@link ConsoleSession}. */
final class SessionTokens implements TokenStore {

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
