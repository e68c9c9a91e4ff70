package com.acme.shop.app;

import com.acme.shop.domain.NewUser;
import com.acme.shop.domain.User;
import java.util.UUID;

/** Hand-written code that builds generated records only through of and with. */
public final class Signup {

    private Signup() {
    }

    public static NewUser newUser(UUID id, String email, String displayName) {
        return NewUser.of(id, email).withDisplayName(displayName);
    }

    public static User changeEmail(User user, String email) {
        return user.withEmail(email);
    }
}
