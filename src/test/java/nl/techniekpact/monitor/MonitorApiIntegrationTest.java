package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.accounts.internal.ApiTokens;
import nl.techniekpact.audit.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The monitor's API: indicators, series (breakdowns not named are summed; shares from summed numerators and
 * denominators), comparisons, CSV, and imports by the office with a job to follow.
 */
@PlatformIntegrationTest
class MonitorApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MonitorImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;

    ApiClient anonymous;
    ApiClient office;
    ApiClient owner;

    @BeforeEach
    void setUp() {
        MonitorFixtures.loadHbo(imports);
        anonymous = new ApiClient(port, null);
        office = client(Role.OFFICE, "office");
        owner = client(Role.OWNER, "partner:po-raad");
    }

    private ApiClient client(Role role, String organisation) {
        var user = users.create(role, organisation);
        return new ApiClient(port, tokens.create(accounts.byId(user.id()).orElseThrow(), "monitor", 1).secret());
    }

    @Test
    void listsTheRequiredIndicators() {
        var response = anonymous.get("/api/v1/indicators");
        assertThat(response.status()).isEqualTo(200);
        List<String> codes = response.json().findValuesAsString("code");
        assertThat(codes).contains("ho-eerstejaars-techniek", "ho-gediplomeerden-techniek", "ho-aandeel-vrouwen-techniek",
                "mbo-deelnemers-techniek", "mbo-aandeel-techniek", "werkzame-beroepsbevolking-techniek-ict");
        JsonNode detail = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek").json();
        assertThat(detail.path("breakdownValues").path("niveau").toString()).contains("hbo");
        assertThat(detail.path("periods").toString()).contains("2019/2020");
    }

    @Test
    void seriesSumsBreakdownsNotNamedAndCarriesProvenance() {
        JsonNode all = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=NL01&niveau=hbo").json();
        JsonNode women = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=NL01&niveau=hbo&geslacht=vrouw").json();
        JsonNode men = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=NL01&niveau=hbo&geslacht=man").json();
        JsonNode last = all.path("points").get(all.path("points").size() - 1);
        assertThat(last.path("period").asString()).isEqualTo("2019/2020");
        double w = lastValue(women);
        double m = lastValue(men);
        assertThat(last.path("value").asDouble()).isEqualTo(w + m);
        assertThat(last.path("provenance").get(0).path("organisation").asString()).isEqualTo("DUO");
        assertThat(last.path("provenance").get(0).path("file").asString()).isEqualTo("hbo_inscriptions_2019.csv");

        JsonNode share = anonymous.get("/api/v1/indicators/ho-aandeel-vrouwen-techniek/series?region=PV27").json();
        assertThat(share.path("unit").asString()).isEqualTo("PERCENT");
        JsonNode point = share.path("points").get(share.path("points").size() - 1);
        assertThat(point.path("value").asDouble())
                .isCloseTo(100 * point.path("numerator").asDouble() / point.path("denominator").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badQuestionsGetClearAnswers() {
        var unknownBreakdown = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=NL01&kleur=rood");
        assertThat(unknownBreakdown.status()).isEqualTo(400);
        assertThat(unknownBreakdown.body()).contains("kleur").doesNotContain("Exception");
        assertThat(anonymous.get("/api/v1/indicators/bestaat-niet/series").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=XX99").status()).isEqualTo(400);
    }

    @Test
    void comparisonAndCsv() {
        JsonNode comparison = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/comparison?kind=LABOUR_MARKET_REGION").json();
        assertThat(comparison.path("period").asString()).isEqualTo("2019/2020");
        assertThat(comparison.path("rows").size()).isEqualTo(35);
        // DUO is a complete register: a region without hbo programmes in techniek has 0, not "no data".
        assertThat(comparison.findValues("value")).allMatch(v -> !v.isNull());
        JsonNode achterhoek = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=AM09").json();
        assertThat(lastValue(achterhoek)).isZero();
        var csv = anonymous.get("/api/v1/indicators/ho-eerstejaars-techniek/series?region=PV20&format=csv");
        assertThat(csv.body()).startsWith("indicator,region,breakdown,period,value");
        assertThat(csv.body()).contains("ho-eerstejaars-techniek,PV20,,2019/2020,");
    }

    @Test
    void theOfficeImportsThroughTheApiAndFollowsTheJob() {
        String csv = "Regio;Periode;Aantal\r\nGM0014;2021;1200\r\nGM0106;2021;300\r\n";
        String mapping = """
                {"indicator": "werkzame-beroepsbevolking-techniek-ict", "region": "Regio", "period": "Periode",
                 "value": "Aantal", "unitFactor": 1}""";
        var refused = owner.postMultipart("/api/v1/imports", Map.of("format", "csv", "mapping", mapping),
                List.of(new ApiClient.Part("file", "uwv.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.status()).isEqualTo(403);
        var started = office.postMultipart("/api/v1/imports", Map.of("format", "csv", "mapping", mapping,
                "source", "UWV", "retrievedOn", "2026-11-01"),
                List.of(new ApiClient.Part("file", "uwv.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(started.status()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        JsonNode job = waitFor(id);
        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("DONE");
        JsonNode series = anonymous.get("/api/v1/indicators/werkzame-beroepsbevolking-techniek-ict/series?region=PV20").json();
        // Groningen (GM0014) is in Groningen; Assen (GM0106) in Drenthe.
        assertThat(lastValue(series)).isEqualTo(1200.0);
        assertThat(lastValue(anonymous.get("/api/v1/indicators/werkzame-beroepsbevolking-techniek-ict/series?region=NL01").json()))
                .isEqualTo(1500.0);
        assertThat(series.path("points").get(0).path("provenance").get(0).path("organisation").asString()).isEqualTo("UWV");

        var bad = office.postMultipart("/api/v1/imports", Map.of("format", "csv", "mapping", mapping),
                List.of(new ApiClient.Part("file", "fout.csv", "Regio;Periode;Aantal\r\nGM0014;2021;veel\r\n"
                        .getBytes(StandardCharsets.UTF_8))));
        JsonNode failed = waitFor(bad.json().path("id").asLong());
        assertThat(failed.path("state").asString()).isEqualTo("FAILED");
        assertThat(failed.path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(failed.path("errors").get(0).path("column").asInt()).isEqualTo(3);
        assertThat(office.get("/api/v1/imports/" + id).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/imports/" + id).status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/imports/" + id).status()).isEqualTo(401);
        var noFormat = office.postMultipart("/api/v1/imports", Map.of("format", "pdf"),
                List.of(new ApiClient.Part("file", "x.pdf", new byte[] {1})));
        assertThat(noFormat.status()).isEqualTo(400);
    }

    @Test
    void aSavedMappingLoadsTheSameKindOfTableAgain() {
        String mapping = """
                {"indicator": "werkzame-beroepsbevolking-techniek-ict", "region": "Gemeente", "period": "Jaar",
                 "value": "Werkzaam (x 1000)", "unitFactor": 1000}""";
        var saved = office.postMultipart("/api/v1/imports", Map.of("format", "csv", "mapping", mapping,
                "mappingName", "provincie-tabel"), List.of(new ApiClient.Part("file", "p2018.csv",
                "Gemeente,Jaar,Werkzaam (x 1000)\r\nGM0363,2018,\"12,5\"\r\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(waitFor(saved.json().path("id").asLong()).path("state").asString()).isEqualTo("DONE");
        var reused = office.postMultipart("/api/v1/imports", Map.of("format", "csv", "mappingName", "provincie-tabel"),
                List.of(new ApiClient.Part("file", "p2019.csv",
                        "Gemeente,Jaar,Werkzaam (x 1000)\r\nGM0363,2019,13\r\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(waitFor(reused.json().path("id").asLong()).path("state").asString()).isEqualTo("DONE");
        JsonNode amsterdam = anonymous.get("/api/v1/indicators/werkzame-beroepsbevolking-techniek-ict/series?region=GM0363").json();
        assertThat(amsterdam.path("points").get(0).path("value").asDouble()).isEqualTo(12_500.0);
        assertThat(lastValue(amsterdam)).isEqualTo(13_000.0);
        assertThat(office.get("/api/v1/imports/mappings").body()).contains("provincie-tabel");
        var unknown = office.postMultipart("/api/v1/imports", Map.of("format", "csv", "mappingName", "bestaat-niet"),
                List.of(new ApiClient.Part("file", "x.csv", "a".getBytes(StandardCharsets.UTF_8))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("mappingName");
    }

    @Test
    void boundariesAndCbsV4LoadThroughTheSameImports() {
        MonitorFixtures.loadBoundaries(imports);
        assertThat(jdbc.sql("select count(*) from geography_shape s join geography g on g.id = s.geography_id where g.kind = 'PROVINCE'")
                .query(Integer.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from geography_shape s join geography g on g.id = s.geography_id where g.kind = 'LABOUR_MARKET_REGION'")
                .query(Integer.class).single()).isEqualTo(35);
        String observations = """
                {"@odata.context":"https://odata4.cbs.nl/CBS/99999NED/$metadata#Observations","value":[
                {"Id":0,"Measure":"M001","ValueAttribute":"None","Value":4100,"Perioden":"2020JJ00","RegioS":"PV20"},
                {"Id":1,"Measure":"M001","ValueAttribute":"None","Value":5200,"Perioden":"2020JJ00","RegioS":"PV21"}
                ]}""";
        String mapping = "{\"topics\": {\"M001\": {\"indicator\": \"banen\", \"factor\": 1}}}";
        ImportJob job = MonitorFixtures.done(imports.run(new ImportRequest(ImportFormat.CBS_ODATA4, List.of(
                new ImportRequest.File("Observations.json", observations.getBytes(StandardCharsets.UTF_8))), null,
                mapping, null, null, true), Actor.system("test")));
        assertThat(job.cellsInserted()).isEqualTo(2);
        assertThat(lastValue(anonymous.get("/api/v1/indicators/banen/series?region=PV21").json())).isEqualTo(5200.0);
    }

    private JsonNode waitFor(long id) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> !office.get("/api/v1/imports/" + id).json().path("state").asString().equals("RUNNING"));
        return office.get("/api/v1/imports/" + id).json();
    }

    private static double lastValue(JsonNode series) {
        JsonNode points = series.path("points");
        return points.get(points.size() - 1).path("value").asDouble();
    }
}
