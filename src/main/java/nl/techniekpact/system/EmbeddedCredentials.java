package nl.techniekpact.system;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded server's three roles: the superuser {@code postgres} (only the platform's own
 * start-up uses it, to keep the other two in shape), the schema owner that runs the migrations, and the role
 * the platform serves with. Generated once per cluster, kept in {@value #FILE} inside the cluster's data
 * directory, readable and writable by the platform's operating-system user only.
 */
record EmbeddedCredentials(String superuser, String owner, String app) {

    static final String FILE = "techniekpact-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(password(), password(), password());
    }

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE);
    }

    /** The credentials kept in {@code dataDirectory}, or none when the cluster predates them. */
    static Optional<EmbeddedCredentials> read(Path dataDirectory) throws IOException {
        Path file = file(dataDirectory);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser.password");
        String owner = properties.getProperty("owner.password");
        String app = properties.getProperty("app.password");
        if (superuser == null || owner == null || app == null) {
            throw new IOException(file + " is incomplete: it must hold superuser.password, owner.password and "
                    + "app.password");
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return Optional.of(new EmbeddedCredentials(superuser, owner, app));
    }

    /** Writes the credentials into {@code dataDirectory} atomically, owner-only from the first byte. */
    void write(Path dataDirectory) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("superuser.password", superuser);
        properties.setProperty("owner.password", owner);
        properties.setProperty("app.password", app);
        StringWriter text = new StringWriter();
        properties.store(text, "Passwords of the embedded PostgreSQL server's roles. Keep this file private.");
        Path target = file(dataDirectory);
        Path temporary = dataDirectory.resolve(FILE + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** 32 random bytes, URL-safe Base64: no character that needs quoting in SQL or a properties file. */
    private static String password() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }
}
