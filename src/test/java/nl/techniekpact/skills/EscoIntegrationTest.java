package nl.techniekpact.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.shared.Json;
import nl.techniekpact.skills.internal.EscoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bundled ESCO files in the tables (once; a second load changes nothing), joined on the concept URIs with the
 * version of every fact, what does not join reported; the API over HTTP and in the OpenAPI document; a release
 * with one bad file stores nothing; an occupation–skill relations file in the official layout joins.
 */
@PlatformIntegrationTest
class EscoIntegrationTest {

    static final String LASSER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String ADVICE = "http://data.europa.eu/esco/skill/045f71e6-0699-4169-8a54-9c6b96f3174d";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EscoDataLoader loader;
    @Autowired
    EscoImports imports;
    @Autowired
    EscoSearch search;

    @BeforeEach
    void load() {
        loader.loadIfEmpty();
    }

    @Test
    void loadsTheBundledFilesOnceWithTheVersionOfEveryFact() {
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(count("select count(*) from esco_concept where kind = 'occupation'")).isGreaterThanOrEqualTo(3007);
        assertThat(count("select count(*) from esco_concept where kind = 'skill'")).isGreaterThanOrEqualTo(13485);
        assertThat(count("select count(*) from esco_concept where kind = 'isco-group'")).isEqualTo(619);
        assertThat(jdbc.sql("select version from esco_concept where uri = ?").param(LASSER).query(String.class).single())
                .isEqualTo("1.1");
        assertThat(jdbc.sql("select version from esco_concept where uri = 'http://data.europa.eu/esco/isco/C2512'")
                .query(String.class).single()).isEqualTo("1.2");
        assertThat(jdbc.sql("select preferred from esco_label where uri = 'http://data.europa.eu/esco/isco/C2512' and lang = 'nl'")
                .query(String.class).single()).isEqualTo("Softwareontwikkelaars");
        // the Dutch label of a transversal skill comes from the v1.0 collection, its English one from v1.0 en-US
        assertThat(jdbc.sql("select lang || ':' || preferred from esco_label where uri = ? order by lang")
                .param(ADVICE).query(String.class).list()).contains("nl:advies aan anderen geven");
        assertThat(count("select count(*) from esco_collection_member where collection = 'transversal'")).isEqualTo(107);
        assertThat(count("select count(*) from esco_relation where relation = 'skill-essential'")).isPositive();
        String unjoined = jdbc.sql("select unjoined::text from esco_import where source = "
                + "'open-data:esco-v1.0-nl-hierarchy-collections'").query(String.class).single();
        assertThat(unjoined).as("v1.0 relations to occupations the v1.1 file no longer has").contains("broader");
        System.out.println("ESCO imports: " + imports.history(10));
    }

    @Test
    void answersSearchAndConceptOverHttp() {
        Http http = new Http(port);
        HttpResponse<String> found = http.get("/api/v1/esco/search?q=lasser&kind=occupation&limit=5", "application/json");
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode items = Json.MAPPER.readTree(found.body()).get("items");
        assertThat(items.get(0).get("uri").asString()).isEqualTo(LASSER);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("occupation");

        HttpResponse<String> concept = http.get("/api/v1/esco/concepts/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "application/json");
        assertThat(concept.statusCode()).isEqualTo(200);
        JsonNode body = Json.MAPPER.readTree(concept.body());
        assertThat(body.get("label").asString()).isEqualTo("lasser");
        assertThat(body.get("version").asString()).isEqualTo("1.1");
        assertThat(body.get("iscoGroup").get("uri").asString()).startsWith("http://data.europa.eu/esco/isco/C");
        assertThat(http.get("/api/v1/esco/concepts/no-such-concept", "application/json").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/esco/search?q=" + "a".repeat(101), "application/json").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/esco/search?q=las&kind=planet", "application/json").statusCode()).isEqualTo(400);
        assertThat(http.get("/v3/api-docs", "application/json").body()).contains("/api/v1/esco/search", "/api/v1/esco/concepts/{id}");
    }

    @Test
    void showsTheSearchPageAndAConceptPageWithLabelsNotAddresses() {
        Http http = new Http(port);
        HttpResponse<String> page = http.get("/vaardigheden?q=lasser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/vaardigheden/beroep/7aedaa07-3884-4c5b-88f9-80997b2aa54b", ">lasser<")
                .doesNotContain(">http://data.europa.eu");
        HttpResponse<String> concept = http.get("/vaardigheden/beroep/7aedaa07-3884-4c5b-88f9-80997b2aa54b?lang=en");
        assertThat(concept.statusCode()).isEqualTo(200);
        assertThat(concept.body()).contains("lasser", "ESCO v1.1", "ISCO").doesNotContain(">http://data.europa.eu");
        assertThat(http.get("/vaardigheden/vaardigheid/7aedaa07-3884-4c5b-88f9-80997b2aa54b").statusCode()).isEqualTo(404);
        assertThat(http.get("/vaardigheden?q=" + "x".repeat(300)).statusCode()).isEqualTo(200);
    }

    @Test
    void storesNothingOfAReleaseWithOneBadFile() {
        long before = count("select count(*) from esco_concept");
        String good = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description,code\n"
                + "Occupation,http://data.europa.eu/esco/occupation/test-1,7212,testlasser,\"las\nlasser b\",,7212.9\n";
        String bad = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
                + "KnowledgeSkillCompetence,,skill/competence,transversal,lassen,,\n"
                + "KnowledgeSkillCompetence,https://example.org/skill/3,knowledge,transversal,\"lassen\nlas\",,\n";
        EscoRelease.Result result = imports.importRelease(new EscoRelease.Request("v1.2.0", "test", List.of(
                SourceFile.of("occupations_nl.csv", good), SourceFile.of("skills_nl.csv", bad))), Actor.system("test"));
        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).extracting(e -> e.file() + ":" + e.line())
                .containsExactly("skills_nl.csv:2", "skills_nl.csv:3");
        assertThat(count("select count(*) from esco_concept")).isEqualTo(before);
    }

    /**
     * occupationSkillRelations.csv is not among the shipped files; this one is built by the test in the official
     * layout (occupationUri, relationType, skillType, skillUri), with one skill ESCO does not have.
     */
    @Test
    void joinsAnOccupationSkillRelationsFileInTheOfficialLayout() {
        String relations = "occupationUri,relationType,skillType,skillUri\n"
                + LASSER + ",essential,skill/competence," + ADVICE + "\n"
                + LASSER + ",optional,knowledge,http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000\n";
        EscoRelease.Result result = imports.importRelease(new EscoRelease.Request("1.1", "test-built-official-layout",
                List.of(SourceFile.of("occupationSkillRelations.csv", relations))), Actor.system("test"));
        assertThat(result.failed()).isFalse();
        assertThat(result.counts()).containsEntry("occupation-essential", 1);
        assertThat(result.unjoined()).containsKey("occupation-optional");
        assertThat(result.unjoined().get("occupation-optional").examples().getFirst())
                .contains("occupationSkillRelations.csv:3", "00000000-0000");
        // exactly this relation (the profile tests' constructed file, in the same database, adds others for lasser)
        assertThat(count("select count(*) from esco_relation where relation = 'occupation-essential' and source_uri = '"
                + LASSER + "' and target_uri = '" + ADVICE + "'")).isEqualTo(1);
        assertThat(search.search("lasser", "nl", "occupation", 1)).extracting(EscoSearch.Suggestion::uri).containsExactly(LASSER);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
