package nl.techniekpact.rounds;

import java.util.ArrayList;
import java.util.List;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Accounts.PactOrganisation;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.pact.Partners;
import nl.techniekpact.pact.Regions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the pact data is loaded: one organisation per partner and per landsdeel and province, so
 * that their users can be asked to report. Here because accounts may not read the pact (ADR 0011).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10) // after the pact loader, before the first office account
class PactOrganisationSync implements ApplicationRunner {

    private static final Actor SYSTEM = Actor.system("bootstrap");

    private final Partners partners;
    private final Regions regions;
    private final Accounts accounts;

    PactOrganisationSync(Partners partners, Regions regions, Accounts accounts) {
        this.partners = partners;
        this.regions = regions;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<PactOrganisation> organisations = new ArrayList<>();
        partners.all().forEach(p -> organisations.add(PactOrganisation.partner(p.id(), p.name())));
        regions.all().stream()
                .filter(r -> r.type().equals("LANDSDEEL") || r.type().equals("PROVINCE"))
                .forEach(r -> organisations.add(PactOrganisation.region(r.code(), r.name())));
        accounts.ensureOrganisations(SYSTEM, organisations);
    }
}
