package nl.techniekpact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole platform (without the open-data bundle: tests load the files they need, and StartupIntegrationTest
 * and OpenDataBundleIntegrationTest start the platform as it is installed) on a real PostgreSQL server and a random port, sending e-mail to 127.0.0.1:3025 (GreenMail
 * in the tests that check e-mail): the embedded server (fresh data directory
 * under target/) unless {@code SPRING_DATASOURCE_URL} points at an external one, as in CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPlatformProperties
public @interface PlatformIntegrationTest {
}
