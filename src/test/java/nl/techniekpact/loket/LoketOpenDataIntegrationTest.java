package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestPlatformProperties;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.shared.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The Loket's open data over HTTP: published offers and requests with their party's name and place but never a
 * contact person's name, e-mail address or telephone number; the reach per region with cells of fewer than five
 * schools withheld; CSV beside JSON; the paths in the OpenAPI document; and the office's button. Uses MBO
 * locations in Gelderland (Arnhem, Nijmegen), so it leaves the figures of {@link ReachIntegrationTest} alone.
 */
@PlatformIntegrationTest
class LoketOpenDataIntegrationTest {

    static final String ARNHEM = "GM0202";
    static final String NIJMEGEN = "GM0268";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MonitorImports imports;
    @Autowired
    ReachPublisher publisher;
    @Autowired
    TestUsers testUsers;

    LoketRows rows;
    String suffix;

    @BeforeEach
    void setUp() {
        MonitorFixtures.loadCrosswalk(imports);
        rows = new LoketRows(jdbc);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listingsShowTheirPartyButNoPersonalData() {
        long company = rows.company("2562", ARNHEM);
        long school = rows.school("MBO", NIJMEGEN, true);
        rows.member(null, company, "Geheime Contactpersoon " + suffix, "geheim-" + suffix + "@bedrijf.example",
                "06 9876 5432");
        rows.member(school, null, "Juf Geheim " + suffix, "juf-" + suffix + "@school.example", "06 1234 0987");
        String offerTitle = "Gastles lasrobots " + suffix;
        String requestTitle = "Wie komt er lassen " + suffix;
        long offer = rows.offer(company, offerTitle);
        rows.request(school, requestTitle);
        String companyName = jdbc.sql("select name from loket_company where id = ?").param(company)
                .query(String.class).single();
        String schoolName = jdbc.sql("select name from loket_school where id = ?").param(school)
                .query(String.class).single();

        JsonNode offers = json("/api/v1/loket/offers?type=GASTLES&level=VMBO&region=PV25");
        JsonNode item = find(offers.get("items"), offerTitle);
        assertThat(item.get("id").asLong()).isEqualTo(offer);
        assertThat(item.get("party").propertyNames()).containsExactlyInAnyOrder("name", "place");
        assertThat(item.get("party").get("name").asString()).isEqualTo(companyName);
        assertThat(item.get("levels").toString()).contains("VMBO");
        assertThat(offers.get("page").asInt()).isEqualTo(1);

        JsonNode requests = json("/api/v1/loket/requests?region=" + NIJMEGEN);
        assertThat(find(requests.get("items"), requestTitle).get("party").get("name").asString()).isEqualTo(schoolName);
        assertThat(json("/api/v1/loket/offers?region=" + NIJMEGEN).toString()).as("region filter")
                .doesNotContain(offerTitle);

        for (String path : List.of("/api/v1/loket/offers?region=PV25", "/api/v1/loket/offers?region=PV25&format=csv",
                "/api/v1/loket/requests?region=PV25", "/api/v1/loket/requests?region=PV25&format=csv")) {
            String body = get(path).body();
            assertThat(body).as(path).contains(path.contains("offers") ? offerTitle : requestTitle)
                    .doesNotContain("Geheime Contactpersoon", "Juf Geheim", "geheim-" + suffix, "juf-" + suffix,
                            "@bedrijf.example", "@school.example", "9876 5432", "1234 0987", "030 1112223");
        }
        assertThat(get("/api/v1/loket/offers?format=csv").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/csv");
        assertThat(get("/api/v1/loket/offers?type=BALLET").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/loket/offers?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void reachPerRegionWithholdsCellsOfFewerThanFiveSchools() {
        long company = rows.company("2562", ARNHEM);
        rows.member(null, company, "Geheime Contactpersoon " + suffix, "geheim-" + suffix + "@bedrijf.example",
                "06 9876 5432");
        long offer = rows.offer(company, "Project " + suffix);
        long[] arnhem = {rows.school("MBO", ARNHEM, true), rows.school("MBO", ARNHEM, true),
                rows.school("MBO", ARNHEM, true)};
        long[] nijmegen = new long[6];
        for (int i = 0; i < nijmegen.length; i++) {
            nijmegen[i] = rows.school("MBO", NIJMEGEN, true);
        }
        rows.activity(arnhem[0], company, offer, "PROJECT", "HELD", LocalDate.of(2017, 11, 1));
        rows.activity(nijmegen[0], company, offer, "GASTLES", "HELD", LocalDate.of(2018, 3, 1));
        rows.activity(nijmegen[1], company, offer, "GASTLES", "CLOSED", LocalDate.of(2018, 6, 1));
        int arnhemSchools = rows.inRegister("MBO", ARNHEM);
        int nijmegenSchools = rows.inRegister("MBO", NIJMEGEN);
        assertThat(publisher.nightly(LocalDate.of(2018, 10, 1)).orElseThrow().state()).isEqualTo("DONE");

        JsonNode municipalities = json("/api/v1/loket/reach?schoolYear=2017-2018&level=mbo&kind=MUNICIPALITY");
        assertThat(municipalities.get("minimumSchools").asInt()).isEqualTo(5);
        assertThat(municipalities.get("suppression").asString()).contains("fewer than 5 schools");
        assertThat(municipalities.get("provisional").asBoolean()).as("2017-2018 has ended").isFalse();
        assertThat(arnhemSchools).as("this test's three, as no other test adds MBO locations in Arnhem")
                .isLessThan(OpenReach.MINIMUM_SCHOOLS);
        JsonNode small = row(municipalities, ARNHEM);
        assertThat(small.get("suppressed").asBoolean()).isTrue();
        assertThat(small.get("schoolsReached").isNull()).isTrue();
        assertThat(small.get("schoolsInRegister").isNull()).isTrue();
        assertThat(small.get("sharePercent").isNull()).isTrue();
        assertThat(small.get("companiesActive").asLong()).as("companies are counted, never withheld").isEqualTo(1);
        JsonNode shown = row(municipalities, NIJMEGEN);
        assertThat(shown.get("suppressed").asBoolean()).isFalse();
        assertThat(shown.get("schoolsReached").asLong()).isEqualTo(2);
        assertThat(shown.get("schoolsInRegister").asLong()).isEqualTo(nijmegenSchools);
        assertThat(shown.get("sharePercent").asDouble()).isCloseTo(200.0 / nijmegenSchools, within(1e-9));
        assertThat(shown.get("activities").asLong()).isEqualTo(2);

        JsonNode province = json("/api/v1/loket/reach?schoolYear=2017-2018&level=mbo&region=PV25");
        assertThat(province.get("kind").asString()).isEqualTo("PROVINCE");
        assertThat(province.get("rows")).singleElement().satisfies(r -> {
            assertThat(r.get("schoolsReached").asLong()).isEqualTo(3);
            assertThat(r.get("schoolsInRegister").asLong()).isGreaterThanOrEqualTo(arnhemSchools + nijmegenSchools);
            assertThat(r.get("companiesActive").asLong()).isEqualTo(1);
            assertThat(r.get("activities").asLong()).isEqualTo(3);
        });
        String everything = get("/api/v1/loket/reach?schoolYear=2017-2018&kind=MUNICIPALITY").body()
                + get("/api/v1/loket/reach?schoolYear=2017-2018&level=mbo&kind=PROVINCE&format=csv").body();
        assertThat(everything).doesNotContain("Testbedrijf", "Geheime Contactpersoon", "geheim-" + suffix,
                "9876 5432", "Testschool");
        assertThat(get("/api/v1/loket/reach?schoolYear=2017-2018&level=mbo&kind=PROVINCE&format=csv").body())
                .startsWith("school_year,level,kind,region,name,schools_reached,schools_in_register,share_percent")
                .contains("2017-2018,mbo,PROVINCE,PV25,");
        assertThat(get("/api/v1/loket/reach?level=hbo").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/loket/reach?kind=PLANET").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/loket/reach?region=XX99").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheLoketPaths() {
        JsonNode docs = json("/v3/api-docs");
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/loket/offers", "/api/v1/loket/requests",
                "/api/v1/loket/reach");
    }

    @Test
    void onlyTheOfficePublishesFromItsPage() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.post("/office/loket/reach", Map.of()).headers().firstValue("Location").orElse(""))
                .endsWith("/login");
        WebSession reader = new WebSession(port);
        reader.login(testUsers.create(Role.READER, "partner:vno-ncw").email(), TestUsers.PASSWORD);
        assertThat(reader.post("/office/loket/reach", Map.of()).statusCode()).isEqualTo(403);

        WebSession office = new WebSession(port);
        office.login(TestPlatformProperties.OFFICE_EMAIL, "Bootstrap-Wachtwoord-2026");
        assertThat(office.get("/office/loket").body()).contains("Bereik nu publiceren");
        HttpResponse<String> published = office.post("/office/loket/reach", Map.of());
        assertThat(published.headers().firstValue("Location").orElse("")).contains("/office/loket?reach=done");
        String page = office.get("/office/loket?reach=done").body();
        assertThat(page).contains("Het bereik staat in de monitor.", "Laatste publicatie:", "programmabureau",
                TestPlatformProperties.OFFICE_EMAIL);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'loket.reach.publish'
                           and actor_email = ?""").param(TestPlatformProperties.OFFICE_EMAIL).query(Integer.class)
                .single()).as("audited").isPositive();
    }

    private static JsonNode find(JsonNode items, String title) {
        for (JsonNode item : items) {
            if (item.get("title").asString().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no listing " + title + " in " + items);
    }

    private static JsonNode row(JsonNode table, String region) {
        for (JsonNode r : table.get("rows")) {
            if (r.get("region").asString().equals(region)) {
                return r;
            }
        }
        throw new AssertionError("no row " + region);
    }

    private HttpResponse<String> get(String path) {
        return new Http(port).get(path, "application/json");
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }
}
