package nl.techniekpact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The settings every test that starts the platform (whole or as a module slice) runs with: the test database
 * (emptied at start), no open-data bundle (nor its ESCO files), GreenMail on port 3025, the
 * bootstrap office account, and 127.0.0.1 as a trusted proxy (so a test can say which client address it is). The
 * page warmer is off: it re-renders emptied pages in the background, so a test that checks that a change emptied
 * a page would race it (PublicPageCacheIntegrationTest drives the warmer itself).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "techniekpact.embedded-db.data-directory=target/embedded-postgres-test",
        "techniekpact.embedded-db.clean=true",
        "techniekpact.monitor.open-data.load=false",
        "techniekpact.skills.esco.load=false",
        "techniekpact.schemes.bundle.load=false",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "techniekpact.mail.from=techniekpact@example.org",
        "techniekpact.security.trusted-proxies=127.0.0.1",
        "techniekpact.page-cache.warm=false",
        "techniekpact.admin.email=" + TestPlatformProperties.OFFICE_EMAIL,
        "techniekpact.admin.password=Bootstrap-Wachtwoord-2026",
        "techniekpact.admin.api-token=tpk_bootstrap_token_for_tests_0123456789"})
public @interface TestPlatformProperties {

    /** The bootstrap programme-office account. */
    String OFFICE_EMAIL = "office-bootstrap@example.org";
}
