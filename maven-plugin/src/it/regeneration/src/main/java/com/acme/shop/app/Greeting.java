package com.acme.shop.app;

import com.acme.shop.domain.User;

/** Hand-written code that uses a generated record. */
public final class Greeting {

    private Greeting() {
    }

    public static String of(User user) {
        return "Hello, " + user.email();
    }
}
