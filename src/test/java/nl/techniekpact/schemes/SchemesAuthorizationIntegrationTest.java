package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the schemes catalogue under {@code /regelingen}, {@code /office/regelingen} and
 * {@code /api/v1/schemes} (but the finder's and the reviewed changes', which keep matrices of their own) tried as
 * anonymous (to the sign-in page), READER, OWNER and COORDINATOR (403): nothing changes. OFFICE may. The endpoints
 * are enumerated from the request mappings, so a new one without a case fails this test.
 */
@PlatformIntegrationTest
class SchemesAuthorizationIntegrationTest {

    enum Who { ANON, READER, OWNER, COORDINATOR, OFFICE }

    static final List<String> PREFIXES = List.of("/regelingen", "/office/regelingen", "/api/v1/schemes");
    /** Covered by the finder's and the reviewed changes' own matrices. */
    static final List<String> OTHER_MATRICES = List.of("/regelingen/vinden", "/office/regelingen/wijzigingen");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One write: how to send it, and how to tell that it went through. */
    record Case(String endpoint, Send send) {
    }

    interface Send {
        HttpResponse<String> as(WebSession session);
    }

    @Test
    void onlyTheOfficeMayWriteTheCatalogue() {
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        sessions.put(Who.ANON, new WebSession(port));
        Map<Who, String> organisations = Map.of(Who.READER, "partner:vno-ncw", Who.OWNER, "partner:po-raad",
                Who.COORDINATOR, "region:TL01", Who.OFFICE, "office");
        for (Who who : List.of(Who.READER, Who.OWNER, Who.COORDINATOR, Who.OFFICE)) {
            WebSession session = new WebSession(port);
            session.login(users.create(Role.valueOf(who.name()), organisations.get(who)).email(), TestUsers.PASSWORD);
            sessions.put(who, session);
        }
        byte[] list = """
                Naam,Afkorting,Niveau,Subsidieverstrekker,Datum open,Datum sluiting
                Regeling uit de matrix,RM,Nationaal,RVO,9/26/2030,12/1/2030
                """.getBytes(StandardCharsets.UTF_8);
        List<Case> cases = List.of(new Case("POST /office/regelingen/import", s -> s.postMultipart(
                "/office/regelingen/import", Map.of("publisher", "Matrix"), Map.of("matrix.csv", list))));

        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> covered.add(c.endpoint()));
        assertThat(covered).as("catalogue write endpoints without a case").containsAll(writeEndpoints());

        String before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : List.of(Who.ANON, Who.READER, Who.OWNER, Who.COORDINATOR)) {
                HttpResponse<String> response = c.send().as(sessions.get(who));
                String location = response.headers().firstValue("Location").orElse("");
                boolean refused = who == Who.ANON ? response.statusCode() == 302 && location.endsWith("/login")
                        : response.statusCode() == 403;
                if (!refused) {
                    failures.add(c.endpoint() + " as " + who + ": " + response.statusCode() + " " + location);
                }
                if (response.body().contains("Exception") || response.body().contains("\tat ")) {
                    failures.add(c.endpoint() + " as " + who + " shows internals");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);

        HttpResponse<String> office = cases.getFirst().send().as(sessions.get(Who.OFFICE));
        assertThat(office.statusCode()).isEqualTo(302);
        assertThat(office.headers().firstValue("Location").orElse("")).contains("/office/regelingen/import?done");
        assertThat(jdbc.sql("select count(*) from scheme where slug = 'regeling-uit-de-matrix'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    /** The catalogue's write endpoints ("METHOD pattern") outside the other matrices. */
    private Set<String> writeEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                boolean ours = PREFIXES.stream().anyMatch(pattern::startsWith)
                        && OTHER_MATRICES.stream().noneMatch(pattern::startsWith);
                if (!ours) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.POST) : methods) {
                    if (m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS) {
                        endpoints.add(m + " " + pattern);
                    }
                }
            }
        });
        assertThat(endpoints).as("the import is found").contains("POST /office/regelingen/import");
        return endpoints;
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) from scheme) || '/' || (select count(*) from scheme_fact) || '/'
                       || (select count(*) from scheme_window) || '/' || (select count(*) from audit_event
                                                                          where entity_type = 'scheme')""")
                .query(String.class).single();
    }
}
