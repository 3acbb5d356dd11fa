package nl.techniekpact;

import java.util.UUID;

import nl.techniekpact.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates accounts for tests directly in the database, each with a unique e-mail address. */
@Component
public class TestUsers {

    public static final String PASSWORD = "Test-Wachtwoord-2026!";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private String cachedHash;

    TestUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record User(UUID id, String email) {
    }

    public User create(Role role, String organisationId) {
        if (cachedHash == null) {
            cachedHash = passwords.encode(PASSWORD);
        }
        UUID id = UUID.randomUUID();
        String email = role.name().toLowerCase() + "-" + id.toString().substring(0, 8) + "@example.org";
        jdbc.sql("""
                        insert into app_user (id, email, display_name, password_hash, role, organisation_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, email, "Test " + role.name().toLowerCase(), cachedHash, role.name(), organisationId)
                .update();
        return new User(id, email);
    }
}
