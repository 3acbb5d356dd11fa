package nl.techniekpact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole platform on a real PostgreSQL server and a random port: the embedded server (fresh data directory
 * under target/) unless {@code SPRING_DATASOURCE_URL} points at an external one, as in CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "techniekpact.embedded-db.data-directory=target/embedded-postgres-test",
        "techniekpact.embedded-db.clean=true"})
public @interface PlatformIntegrationTest {
}
