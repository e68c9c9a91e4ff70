package com.acme.shop.app;

import com.acme.shop.domain.UserRepository;
import com.acme.shop.persistence.JdbcUserRepository;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Hand-written code on the generated adapter: signs Ada up, or, when she is there, changes her email. */
public final class SignupStore implements Consumer<DataSource> {

    static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-00000000ada0");

    @Override
    public void accept(DataSource dataSource) {
        UserRepository users = new JdbcUserRepository(dataSource);
        users.findById(ADA).ifPresentOrElse(
                ada -> users.update(Signup.changeEmail(ada, "ada@lovelace.org")),
                () -> users.insert(Signup.newUser(ADA, "ada@example.com", "Ada")));
    }
}
