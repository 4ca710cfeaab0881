package com.mentorplatform.ui.api;

import java.util.Optional;

/** Where the client keeps the signed-in user's tokens (the console keeps them in the Vaadin session). */
public interface TokenStore {

    Optional<Tokens> current();

    void store(Tokens tokens);

    void clear();
}
