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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "techniekpact.embedded-db.data-directory=target/embedded-postgres-test",
        "techniekpact.embedded-db.clean=true",
        "techniekpact.monitor.open-data.load=false",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "techniekpact.mail.from=techniekpact@example.org",
        "techniekpact.admin.email=office-bootstrap@example.org",
        "techniekpact.admin.password=Bootstrap-Wachtwoord-2026",
        "techniekpact.admin.api-token=tpk_bootstrap_token_for_tests_0123456789"})
public @interface PlatformIntegrationTest {
}
