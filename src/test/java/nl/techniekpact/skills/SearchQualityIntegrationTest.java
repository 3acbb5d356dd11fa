package nl.techniekpact.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.skills.internal.EscoDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The autocomplete's quality on Dutch queries as people type them (src/test/resources/esco/search-quality-nl.tsv,
 * written before the ranking was tuned, expected concepts read from the ESCO files' labels): precision@1 and
 * recall@5, printed, with a floor the engine reaches.
 */
@PlatformIntegrationTest
class SearchQualityIntegrationTest {

    @Autowired
    EscoDataLoader loader;
    @Autowired
    EscoSearch search;

    record Case(String query, List<String> expected, String labels) {
    }

    @Test
    void reportsPrecisionAtOneAndRecallAtFive() throws IOException {
        loader.loadIfEmpty();
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/esco/search-quality-nl.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            cases.add(new Case(cells[0], Arrays.asList(cells[1].split(" ")), cells[2]));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        int first = 0;
        int top5 = 0;
        for (Case c : cases) {
            List<String> found = search.search(c.query(), "nl", null, 5).stream().map(EscoSearch.Suggestion::uri).toList();
            if (!found.isEmpty() && c.expected().contains(found.getFirst())) {
                first++;
            }
            if (found.stream().anyMatch(c.expected()::contains)) {
                top5++;
            } else {
                System.out.println("ESCO quality miss: '" + c.query() + "' expected " + c.labels() + ", got "
                        + search.search(c.query(), "nl", null, 5).stream().map(EscoSearch.Suggestion::label).toList());
            }
        }
        double precision = (double) first / cases.size();
        double recall = (double) top5 / cases.size();
        System.out.printf("ESCO search quality: %d Dutch queries, precision@1 %.3f, recall@5 %.3f%n", cases.size(),
                precision, recall);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }
}
