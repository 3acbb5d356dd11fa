package nl.techniekpact.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.PasswordPolicy;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: the programme office's organisation (those of partners and regions are added by
 * {@code rounds.PactOrganisationSync}, ADR 0011) and the first office account from
 * {@code TECHNIEKPACT_ADMIN_EMAIL} and {@code TECHNIEKPACT_ADMIN_PASSWORD} when no office account exists. There is no default password.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final Actor SYSTEM = Actor.system("bootstrap");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final Audit audit;
    private final Environment environment;

    AdminBootstrap(JdbcClient jdbc, TransactionTemplate transaction, PasswordEncoder passwords, ApiTokens tokens,
                   Audit audit, Environment environment) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            syncOrganisations();
            createFirstOfficeAccount();
        });
    }

    /** The programme office's organisation; those of partners and regions come from {@code rounds}. */
    private void syncOrganisations() {
        int added = jdbc.sql("""
                insert into organisation (id, name, kind)
                values ('office', 'Programmabureau Techniekpact', 'OFFICE') on conflict do nothing""").update();
        if (added > 0) {
            audit.record(SYSTEM, "organisation.sync", "organisation", "*", null, Map.of("added", added));
        }
    }

    private void createFirstOfficeAccount() {
        String email = environment.getProperty("TECHNIEKPACT_ADMIN_EMAIL",
                environment.getProperty("techniekpact.admin.email", ""));
        String password = environment.getProperty("TECHNIEKPACT_ADMIN_PASSWORD",
                environment.getProperty("techniekpact.admin.password", ""));
        String apiToken = environment.getProperty("TECHNIEKPACT_ADMIN_API_TOKEN",
                environment.getProperty("techniekpact.admin.api-token", ""));
        boolean officeExists = jdbc.sql("select exists (select 1 from app_user where role = 'OFFICE')")
                .query(Boolean.class).single();
        if (!officeExists) {
            if (email.isBlank() || password.isBlank()) {
                log.warn("No programme-office account exists. Set TECHNIEKPACT_ADMIN_EMAIL and "
                        + "TECHNIEKPACT_ADMIN_PASSWORD and restart to create the first one.");
                return;
            }
            List<String> problems = PasswordPolicy.check(password, email);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("TECHNIEKPACT_ADMIN_PASSWORD does not meet the password rules: "
                        + problems);
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into app_user (id, email, display_name, password_hash, role, organisation_id)
                            values (?, lower(?), 'Programmabureau', ?, 'OFFICE', 'office')""")
                    .params(id, email.strip(), passwords.encode(password)).update();
            audit.record(SYSTEM, "user.create", "user", id.toString(), null,
                    Map.of("email", email.strip().toLowerCase(), "role", "OFFICE"));
            log.info("Created the first programme-office account {}", email);
        }
        if (!apiToken.isBlank()) {
            if (!apiToken.startsWith(ApiTokens.PREFIX) || apiToken.length() < 30) {
                throw new IllegalStateException("TECHNIEKPACT_ADMIN_API_TOKEN must start with " + ApiTokens.PREFIX
                        + " and be at least 30 characters long");
            }
            UUID office = jdbc.sql("select id from app_user where role = 'OFFICE' order by created_at limit 1")
                    .query(UUID.class).single();
            tokens.register(office, apiToken, "TECHNIEKPACT_ADMIN_API_TOKEN");
        }
    }
}
