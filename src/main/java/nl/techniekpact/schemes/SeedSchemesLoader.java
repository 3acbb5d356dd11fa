package nl.techniekpact.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads {@code schemes/seed-schemes.yaml} at start: each scheme whose slug is not in the catalogue yet is inserted
 * whole; one already there (loaded before, or changed since through the office) is left alone. Several instances
 * may start at once: the insert takes a transaction-scoped advisory lock and inserts with {@code on conflict do
 * nothing}, so each scheme is written once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class SeedSchemesLoader implements ApplicationRunner {

    static final String FILE = "schemes/seed-schemes.yaml";
    /** 'tp' 'sc' in ASCII: this loader's advisory lock. */
    private static final long LOCK = 0x7470_7363L;
    private static final Logger log = LoggerFactory.getLogger(SeedSchemesLoader.class);

    record SourceDoc(String document, LocalDate date) {
    }

    record FactEntry(String stated, BigDecimal amount, String source) {
    }

    record WindowEntry(String label, LocalDate opens, LocalDate closes, String opensStated, String closesStated,
                       Boolean ongoing, String budgetStated, BigDecimal budget, String source) {
    }

    record SchemeEntry(String slug, String name, String abbreviation, String organiser, SchemeLevel level,
                       String officialUrl, String successor, LocalDate endedOn, String source,
                       Map<Applicant, FactEntry> applicants, Map<Purpose, FactEntry> purposes,
                       Map<Fact, FactEntry> facts, List<WindowEntry> windows) {
    }

    record SeedFile(Map<String, SourceDoc> sources, List<SchemeEntry> schemes) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SchemeStore store;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    SeedSchemesLoader(JdbcClient jdbc, TransactionTemplate transaction, SchemeStore store) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Scheme> schemes = read();
        Integer added = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
            return (int) schemes.stream().filter(store::insertIfAbsent).count();
        });
        log.info("Schemes catalogue: {} of {} seed schemes added", added, schemes.size());
    }

    List<Scheme> read() {
        SeedFile file;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            file = yaml.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        List<Scheme> schemes = new ArrayList<>();
        for (SchemeEntry e : file.schemes()) {
            SourceDoc identity = doc(file, e.source());
            List<ApplicationWindow> windows = new ArrayList<>();
            List<WindowEntry> entries = e.windows() == null ? List.of() : e.windows();
            for (int i = 0; i < entries.size(); i++) {
                WindowEntry w = entries.get(i);
                SourceDoc d = doc(file, w.source());
                windows.add(new ApplicationWindow(i + 1, w.label(), w.opens(), w.closes(), w.opensStated(),
                        w.closesStated(), Boolean.TRUE.equals(w.ongoing()), w.budgetStated(), w.budget(), d.document(), d.date()));
            }
            schemes.add(new Scheme(e.slug(), e.name(), e.abbreviation(), e.organiser(), e.level(), e.officialUrl(),
                    e.successor(), e.endedOn(), "SEED", identity.document(), identity.date(),
                    sourced(file, e.facts(), Fact.class), sourced(file, e.applicants(), Applicant.class),
                    sourced(file, e.purposes(), Purpose.class), windows));
        }
        return schemes;
    }

    private static <K extends Enum<K>> Map<K, Sourced> sourced(SeedFile file, Map<K, FactEntry> entries,
                                                               Class<K> type) {
        Map<K, Sourced> out = new EnumMap<>(type);
        if (entries != null) {
            entries.forEach((key, f) -> {
                SourceDoc d = doc(file, f.source());
                out.put(key, new Sourced(f.stated(), f.amount(), d.document(), d.date()));
            });
        }
        return out;
    }

    private static SourceDoc doc(SeedFile file, String key) {
        SourceDoc doc = file.sources().get(key);
        if (doc == null) {
            throw new IllegalStateException(FILE + " names an unknown source: " + key);
        }
        return doc;
    }
}
