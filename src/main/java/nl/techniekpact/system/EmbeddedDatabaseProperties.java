package nl.techniekpact.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs so the data survives a restart
 * @param clean         wipe the data directory before start (tests do, the platform does not)
 * @param port          TCP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("techniekpact.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port) {
}
