package nl.techniekpact.pact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.pact.internal.PactDataLoader.DataFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Loading is idempotent, all-or-nothing, and a changed file becomes a new version without losing history. */
@PlatformIntegrationTest
class PactDataLoaderIntegrationTest {

    @Autowired
    PactDataLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PactItems items;
    @Autowired
    org.springframework.cache.CacheManager caches;

    /** The versioning test reads uncommitted (rolled-back) data; keep it out of the shared read-model cache. */
    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void forgetCachedReadModels() {
        caches.getCache("pact").invalidate();
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        List<Long> before = counts();

        loader.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from data_file_version where version = 1").query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    @Transactional // rolled back at the end: other tests see the data as shipped
    void aChangedFileBecomesANewVersionAndKeepsTheOldText() throws IOException {
        String original = read("pact/edition-2013.yaml");
        String oldStatus = items.action("2013-A01").orElseThrow().currentStatus().text();
        String changed = original.replace("De opdracht voor een leerlijn is in de zomer van 2013 neergelegd",
                "GEWIJZIGD: De opdracht voor een leerlijn is in de zomer van 2013 neergelegd");
        assertThat(changed).isNotEqualTo(original);

        var result = loader.load(List.of(new DataFile("pact/edition-2013.yaml", changed)));
        forgetCachedReadModels(); // the loader's eviction waits for a commit that this rolled-back test never makes

        assertThat(result.changed()).isEqualTo(1);
        assertThat(jdbc.sql("select max(version) from data_file_version where path = 'pact/edition-2013.yaml'")
                .query(Integer.class).single()).isEqualTo(2);
        List<String> history = jdbc.sql("""
                        select text from status_report where item_id = '2013-A01' and round = '2014'
                        order by revision""").query(String.class).list();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).isEqualTo(oldStatus);
        assertThat(history.get(1)).contains("GEWIJZIGD: De opdracht");
        assertThat(jdbc.sql("select count(*) from pact_revision where entity_type = 'action' and entity_id = '2013-A01'")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from pact_revision where entity_type = 'action' and entity_id = '2013-A02'")
                .query(Integer.class).single()).as("unchanged actions get no new revision").isEqualTo(1);
        assertThat(jdbc.sql("select content from data_file_version where path = 'pact/edition-2013.yaml' and version = 1")
                .query(String.class).single()).isEqualTo(original);
    }

    @Test
    void aBrokenFileLoadsNothingAndNamesTheProblem() throws IOException {
        List<Long> before = counts();
        String partners = read("pact/partners.yaml").replace("name: \"Ministerie", "name: \"Gewijzigd Ministerie");
        String broken = read("pact/edition-2018.yaml").replace("region: PV30", "region: PV99");

        assertThatThrownBy(() -> loader.load(List.of(new DataFile("pact/partners.yaml", partners),
                new DataFile("pact/edition-2018.yaml", broken))))
                .hasMessageContaining("PV99");

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from partner where name like 'Gewijzigd%'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void unreadableYamlIsRefusedWithTheFileName() {
        assertThatThrownBy(() -> loader.load(List.of(new DataFile("pact/regions.yaml", "regions: [unclosed"))))
                .isInstanceOf(PactDataException.class)
                .hasMessageContaining("pact/regions.yaml");
    }

    private List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("data_file_version", "pact_revision", "status_report", "action", "partner",
                "region", "regional_example", "agenda_priority", "search_document")) {
            counts.add(jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String read(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
