package nl.techniekpact.monitor.sources;

import static nl.techniekpact.monitor.MonitorFixtures.CBS_DIR;
import static nl.techniekpact.monitor.MonitorFixtures.done;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

import nl.techniekpact.ApiClient;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.accounts.internal.ApiTokens;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.MonitorSources;
import nl.techniekpact.monitor.MonitorSources.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Live sources against a local HTTP server that replays recorded responses: the real OData v3 recordings of
 * 80137NED, OData v4 recordings of 83599NED built in the v4 layout from the real v3 figures (two pages chained
 * by an absolute {@code @odata.nextLink} to datasets.cbs.nl, as CBS writes it), a DUO file, a 404 and an HTML
 * page. Own context and database (the base URLs point at this server), scheduler polling off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "techniekpact.embedded-db.data-directory=target/embedded-postgres-sources",
        "techniekpact.embedded-db.clean=true",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "techniekpact.mail.from=techniekpact@example.org",
        "techniekpact.admin.email=office-bootstrap@example.org",
        "techniekpact.admin.password=Bootstrap-Wachtwoord-2026",
        "techniekpact.admin.api-token=tpk_bootstrap_token_for_tests_0123456789",
        "techniekpact.sources.poll-initial-delay=PT24H", "techniekpact.sources.poll-interval=PT24H"})
class SourcesIntegrationTest {

    private static final ReplayServer SERVER = ReplayServer.start();
    private static final String V4_MEASURE = "M003026";

    @DynamicPropertySource
    static void baseUrls(DynamicPropertyRegistry registry) {
        registry.add("techniekpact.sources.cbs-odata4-base-url", () -> SERVER.url("/v4/"));
        registry.add("techniekpact.sources.cbs-odata3-base-url", () -> SERVER.url("/v3/"));
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    MonitorSources sources;
    @Autowired
    MonitorImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @LocalServerPort
    int port;

    /** 83599NED in the v4 layout, from the real v3 pages: same figures, v4 property names and paging. */
    private static void recordV4Vacancies() {
        JsonMapper json = JsonMapper.builder().build();
        String context = "https://datasets.cbs.nl/odata/v1/CBS/83599NED/$metadata#";
        Map<String, TreeSet<String>> codes = Map.of("BedrijfstakkenBranchesSBI2008", new TreeSet<>(),
                "RegioS", new TreeSet<>(), "Perioden", new TreeSet<>());
        int id = 0;
        for (String page : List.of("tables_2.json", "tables_3.json")) {
            ObjectNode out = json.createObjectNode();
            out.put("@odata.context", context + "Observations");
            ArrayNode values = out.putArray("value");
            for (JsonNode row : json.readTree(ReplayServer.recorded(page)).path("value")) {
                String value = row.path("OpenstaandeVacatures_1").asString().strip();
                ObjectNode observation = values.addObject();
                observation.put("Id", id++);
                observation.put("Measure", V4_MEASURE);
                observation.put("ValueAttribute", value.isEmpty() ? "Impossible" : "None");
                if (value.isEmpty()) {
                    observation.putNull("Value");
                } else {
                    observation.put("Value", new java.math.BigDecimal(value));
                }
                for (String dimension : codes.keySet()) {
                    observation.put(dimension, row.path(dimension).asString().strip());
                    codes.get(dimension).add(row.path(dimension).asString().strip());
                }
            }
            if (page.equals("tables_2.json")) {
                out.put("@odata.nextLink", "https://datasets.cbs.nl/odata/v1/CBS/83599NED/Observations?$skip=" + id);
                SERVER.record("/v4/83599NED/Observations", json.writeValueAsBytes(out));
            } else {
                SERVER.record("/v4/83599NED/Observations?skip=10000", json.writeValueAsBytes(out));
            }
        }
        ObjectNode dimensions = json.createObjectNode().put("@odata.context", context + "Dimensions");
        ArrayNode list = dimensions.putArray("value");
        list.addObject().put("Identifier", "BedrijfstakkenBranchesSBI2008").put("Title", "Bedrijfstakken/branches (SBI 2008)")
                .put("Kind", "Dimension");
        list.addObject().put("Identifier", "RegioS").put("Title", "Regio's").put("Kind", "GeoDimension");
        list.addObject().put("Identifier", "Perioden").put("Title", "Perioden").put("Kind", "TimeDimension");
        SERVER.record("/v4/83599NED/Dimensions", json.writeValueAsBytes(dimensions));
        ObjectNode measures = json.createObjectNode().put("@odata.context", context + "MeasureCodes");
        measures.putArray("value").addObject().put("Identifier", V4_MEASURE).put("Index", 1)
                .put("Title", "Openstaande vacatures").put("Unit", "x 1 000").put("Decimals", 1);
        SERVER.record("/v4/83599NED/MeasureCodes", json.writeValueAsBytes(measures));
        codes.forEach((dimension, values) -> {
            ObjectNode codeList = json.createObjectNode().put("@odata.context", context + dimension + "Codes");
            ArrayNode rows = codeList.putArray("value");
            int index = 1;
            for (String code : values) {
                rows.addObject().put("Identifier", code).put("Index", index++).put("Title", code);
            }
            SERVER.record("/v4/83599NED/" + dimension + "Codes", json.writeValueAsBytes(codeList));
        });
    }

    /**
     * Adds a source afresh: other test classes on the same database (SourcesPagesBrowserTest) may have added the
     * same table, and a source exists once per kind and identifier.
     */
    private MonitorSources.Source add(Kind kind, String identifier, String dataset, String mapping, Integer days) {
        jdbc.sql("delete from import_source where kind = ? and upper(identifier) = upper(?)")
                .params(kind.code(), identifier).update();
        return sources.add(new MonitorSources.NewSource(kind, identifier, dataset, mapping, days), Actor.system("test"));
    }

    @Test
    void anODataV3TableIsFetchedByItsIdentifierAndImportedAsAnOrdinaryJob() {
        SERVER.recordV3Jobs("80137NED");
        ImportJob uploaded = done(imports.run(new ImportRequest(ImportFormat.CBS_ODATA3, List.of(file(CBS_DIR + "/meta_4.json"),
                file(CBS_DIR + "/meta_5.json"), file(CBS_DIR + "/meta_6.json"), file(CBS_DIR + "/meta_7.json"),
                file(CBS_DIR + "/meta_8.json")), "80137NED", null, null, null, false), Actor.system("test")));
        MonitorSources.Source source = sources.runNow(add(Kind.CBS_ODATA3, "80137ned", null, null, null).id(),
                Actor.system("test"));
        ImportJob job = done(source.lastJob());
        // The same figures as the uploaded files: every cell unchanged.
        assertThat(job.cellsUnchanged()).isEqualTo(uploaded.cellsInserted() + uploaded.cellsRevised() + uploaded.cellsUnchanged())
                .isGreaterThan(600);
        assertThat(job.cellsInserted() + job.cellsRevised()).isZero();
        assertThat(job.format()).isEqualTo("cbs-odata3");
        assertThat(job.fileName()).contains("/v3/80137NED/TypedDataSet?$format=json", "/v3/80137NED/DataProperties");
        assertThat(job.retrievedOn()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        assertThat(source.lastErrorKey()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitor.source.run' and entity_id = ?")
                .param(String.valueOf(source.id())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anODataV4TableFollowsItsNextLinkOnTheConfiguredServer() {
        recordV4Vacancies();
        ImportJob uploaded = MonitorFixtures.done(imports.run(new ImportRequest(ImportFormat.CBS_ODATA3,
                List.of(file(CBS_DIR + "/tables_2.json"), file(CBS_DIR + "/tables_3.json")), null, null, null, null, false),
                Actor.system("test")));
        String mapping = """
                {"topics": {"M003026": {"indicator": "openstaande-vacatures", "factor": 1000}},
                 "dimensions": {"BedrijfstakkenBranchesSBI2008": "sector"}}""";
        MonitorSources.Source source = sources.runNow(add(Kind.CBS_ODATA4, "83599NED", null, mapping, 90).id(),
                Actor.system("test"));
        ImportJob job = done(source.lastJob());
        assertThat(SERVER.requests()).contains("/v4/83599NED/Observations", "/v4/83599NED/Observations?skip=10000",
                "/v4/83599NED/RegioSCodes");
        assertThat(job.cellsUnchanged()).isEqualTo(uploaded.cellsInserted() + uploaded.cellsRevised() + uploaded.cellsUnchanged())
                .isGreaterThan(10_000);
        assertThat(job.cellsInserted() + job.cellsRevised()).isZero();
        assertThat(source.nextRunAt()).isAfter(Instant.now().plus(Duration.ofDays(89)));
    }

    @Test
    void aDuoFileIsFetchedByItsAddress() {
        MonitorFixtures.loadCrosswalk(imports);
        SERVER.record("/duo/hbo_inscriptions_2019.csv", file(MonitorFixtures.HBO).content());
        String url = SERVER.url("/duo/hbo_inscriptions_2019.csv");
        MonitorSources.Source source = sources.runNow(add(Kind.DUO, url, "hbo-eerstejaars", null, 120).id(),
                Actor.system("test"));
        ImportJob job = done(source.lastJob());
        assertThat(job.fileName()).isEqualTo(url);
        assertThat(job.sourceOrganisation()).isEqualTo("DUO");
    }

    @Test
    void downloadFailuresImportNothingAndSayWhy() {
        MonitorSources.Source missing = sources.runNow(add(Kind.CBS_ODATA3, "99999NED", null, null, null).id(),
                Actor.system("test"));
        assertThat(missing.lastJob()).isNull();
        assertThat(missing.lastErrorKey()).isEqualTo("monitor.sources.error.not-found");
        assertThat(missing.lastErrorArguments().getFirst()).endsWith("/v3/99999NED/DataProperties?$format=json");
        SERVER.record("/v4/12345NED/Observations", "<html><body>Onderhoud</body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(sources.runNow(add(Kind.CBS_ODATA4, "12345NED", null, null, null).id(), Actor.system("test"))
                .lastErrorKey()).isEqualTo("monitor.sources.error.not-json");
        MonitorSources.Source unreachable = sources.runNow(add(Kind.DUO, "http://127.0.0.1:1/bestand.csv",
                "hbo-eerstejaars", null, null).id(), Actor.system("test"));
        assertThat(unreachable.lastErrorKey()).isEqualTo("monitor.sources.error.unreachable");
    }

    @Test
    void aDueSourceRunsOnceAndALockedOneIsLeftToItsHolder() throws Exception {
        SERVER.recordV3Jobs("80137TST");
        String mapping = "{\"topics\": {\"Totaal_1\": {\"indicator\": \"banen\", \"factor\": 1000}}}";
        long id = add(Kind.CBS_ODATA3, "80137TST", null, mapping, 30).id();
        jdbc.sql("update import_source set next_run_at = now() - interval '1 minute' where id = ?").param(id).update();
        // Another instance holds the row: this one skips it.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("select id from import_source where id = ? for update").param(id).query(Long.class).single();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        locked.await();
        assertThat(sources.runDue()).isZero();
        release.countDown();
        other.join();
        assertThat(sources.runDue()).isEqualTo(1);
        assertThat(sources.runDue()).isZero();
        MonitorSources.Source source = sources.find(id).orElseThrow();
        done(source.lastJob());
        assertThat(source.nextRunAt()).isAfter(Instant.now().plus(Duration.ofDays(29)));
    }

    @Test
    void onlyTheOfficeManagesSources() {
        String body = "{\"kind\": \"cbs-odata3\", \"identifier\": \"70072NED\"}";
        assertThat(new ApiClient(port, null).get("/api/v1/office/sources").status()).isEqualTo(401);
        assertThat(new ApiClient(port, null).post("/api/v1/office/sources", body).status()).isIn(401, 403);
        for (Role role : List.of(Role.READER, Role.OWNER, Role.COORDINATOR)) {
            ApiClient client = client(role, role == Role.OWNER ? "partner:po-raad" : role == Role.COORDINATOR ? "region:TL03" : "office");
            assertThat(client.get("/api/v1/office/sources").status()).as(role.name()).isEqualTo(403);
            assertThat(client.post("/api/v1/office/sources", body).status()).as(role.name()).isEqualTo(403);
        }
        ApiClient office = client(Role.OFFICE, "office");
        var created = office.post("/api/v1/office/sources", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(office.get("/api/v1/office/sources").json().findValuesAsString("identifier")).contains("70072NED");
        assertThat(office.post("/api/v1/office/sources/" + id + "/run", "{}").status()).isEqualTo(202);
        assertThat(office.post("/api/v1/office/sources", "{\"kind\": \"cbs-odata3\", \"identifier\": \"abc\"}").status())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitor.source.add' and entity_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    private ApiClient client(Role role, String organisation) {
        var user = users.create(role, organisation);
        return new ApiClient(port, tokens.create(accounts.byId(user.id()).orElseThrow(), "sources", 1).secret());
    }
}
