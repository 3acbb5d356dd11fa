package nl.techniekpact.pact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open data API over real HTTP: JSON trees, CSV, stable identifiers, errors without internals. */
@PlatformIntegrationTest
class PactApiIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void listsTheEditionsWithStatusCounts() {
        JsonNode editions = getJson("/api/v1/editions");
        assertThat(editions).hasSize(3);
        assertThat(editions.get(0).get("year").asInt()).isEqualTo(2013);
        assertThat(editions.get(0).get("actions").asInt()).isEqualTo(22);
        assertThat(editions.get(0).get("statusCounts").get("UNKNOWN").asInt()).isEqualTo(22);
        assertThat(editions.get(1).get("goals").asInt()).isEqualTo(12);
        assertThat(editions.get(2).get("themes").asInt()).isEqualTo(4);
    }

    @Test
    void givesTheWholeEditionAsOneTree() {
        JsonNode tree = getJson("/api/v1/editions/2013");
        assertThat(tree.get("lines")).hasSize(3);
        int actions = 0;
        for (JsonNode line : tree.get("lines")) {
            actions += line.get("actions").size();
        }
        assertThat(actions).isEqualTo(22);
        JsonNode first = tree.get("lines").get(0).get("actions").get(0);
        assertThat(first.get("id").asString()).isEqualTo("2013-A01");
        assertThat(first.get("items")).extracting(i -> i.get("letter").asString()).containsExactly("a", "b", "c");
        assertThat(first.get("statusHistory").get(0).get("colour").asString()).isEqualTo("UNKNOWN");
        assertThat(first.get("statusHistory").get(0).get("round").asString()).isEqualTo("2014");

        JsonNode themes = getJson("/api/v1/editions/2018").get("themes");
        assertThat(themes).hasSize(4);
        assertThat(themes.get(0).get("examples").size()).isEqualTo(9);
        assertThat(getJson("/api/v1/editions/2016").get("lines").get(0).get("goals").get(0).get("measures").size())
                .isPositive();
    }

    @Test
    void servesTabularDataAsCsv() throws Exception {
        var response = new Http(port).get("/api/v1/editions/2013?format=csv", "*/*");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("edition-2013.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertThat(rows).hasSize(22);
        assertThat(rows.get(16).get("id")).isEqualTo("2013-A17");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("UNKNOWN"));

        var partners = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new Http(port).get("/api/v1/partners?format=csv", "*/*").body())).getRecords();
        assertThat(partners.stream().filter(r -> r.get("signatory").equals("true"))).hasSize(43);
        assertThat(new Http(port).get("/api/v1/regions?format=csv", "*/*").body()).startsWith("code,name,type,parent");
    }

    @Test
    void findsActionsAndRegionsByStableIdentifier() {
        JsonNode action = getJson("/api/v1/actions/2013-A17");
        assertThat(action.get("id").asString()).isEqualTo("2013-A17");
        assertThat(action.get("editionYear").asInt()).isEqualTo(2013);
        assertThat(action.get("number").asInt()).isEqualTo(17);

        JsonNode region = getJson("/api/v1/regions/TL02");
        assertThat(region.get("name").asString()).isEqualTo("Noordwest");
        assertThat(region.get("aliases")).extracting(JsonNode::asString).contains("Noordvleugel");
        assertThat(region.get("agendas").get(0).get("priorities").size()).isEqualTo(8);
        assertThat(region.get("progress").get(0).get("round").asString()).isEqualTo("2014");
        assertThat(getJson("/api/v1/regions/PV27").get("parent").get("code").asString()).isEqualTo("TL02");
        assertThat(getJson("/api/v1/regions")).extracting(r -> r.get("code").asString())
                .contains("NL01", "TL01", "TL05", "PV20", "PV31");
    }

    @Test
    void searchesAllPactTextAccentInsensitive() {
        JsonNode hits = getJson("/api/v1/search?q=fryslan");
        assertThat(hits).extracting(h -> h.get("id").asString()).contains("PV21");

        JsonNode wet = getJson("/api/v1/search?q=leerlijn%20wetenschap%20technologie");
        assertThat(wet).extracting(h -> h.get("id").asString()).contains("2013-A01");
        assertThat(wet.get(0).get("snippet").asString()).contains("<mark>");

        JsonNode stemmed = getJson("/api/v1/search?q=docenten");
        assertThat(stemmed.size()).isGreaterThan(5);
    }

    @Test
    void unknownIdentifiersAndBadParametersGiveCleanErrors() {
        var missing = new Http(port).get("/api/v1/actions/2013-A99", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at nl.");
        var badFormat = new Http(port).get("/api/v1/editions?format=xml", "application/json");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(new Http(port).get("/api/v1/editions/1999", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void documentsTheApiWithOpenApi() {
        JsonNode docs = getJson("/v3/api-docs");
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/editions", "/api/v1/editions/{year}",
                "/api/v1/actions/{id}", "/api/v1/partners", "/api/v1/regions", "/api/v1/regions/{code}",
                "/api/v1/search");
        assertThat(docs.at("/info/title").asString()).isEqualTo("Open data-API van het Nationaal Techniekpact");
        assertThat(docs.at("/info/description").asString()).contains("persoonlijke API-sleutel", "/account", "personal API token");
        assertThat(docs.at("/components/securitySchemes/apiToken/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/security/0").has("apiToken")).as("the explorer's Authorize button sends it").isTrue();
        assertThat(new Http(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private JsonNode getJson(String path) {
        var response = new Http(port).get(path, "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
