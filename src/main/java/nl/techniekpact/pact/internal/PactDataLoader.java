package nl.techniekpact.pact.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import nl.techniekpact.pact.SearchIndex;
import nl.techniekpact.pact.internal.PactFiles.EditionFile;
import nl.techniekpact.pact.internal.PactFiles.PartnersFile;
import nl.techniekpact.pact.internal.PactFiles.RegionsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the pact data files at start-up, idempotently and all-or-nothing: a file whose content is unchanged
 * since its last loaded version is skipped; a changed file becomes a new {@code data_file_version} and only the
 * entities that changed get a new revision.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before anything that reads the pact (accounts bootstrap)
class PactDataLoader implements ApplicationRunner {

    static final List<String> FILES = List.of("partners.yaml", "regions.yaml", "edition-2013.yaml",
            "edition-2016.yaml", "edition-2018.yaml");
    private static final Logger log = LoggerFactory.getLogger(PactDataLoader.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PactWriter writer;
    private final EditionWriter editions;
    private final SearchIndex searchIndex;
    private final ResourceLoader resources;
    private final org.springframework.cache.CacheManager caches;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    PactDataLoader(JdbcClient jdbc, TransactionTemplate transaction, PactWriter writer, EditionWriter editions,
                   SearchIndex searchIndex, ResourceLoader resources, org.springframework.cache.CacheManager caches,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.writer = writer;
        this.editions = editions;
        this.searchIndex = searchIndex;
        this.resources = resources;
        this.caches = caches;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DataFile> files = new ArrayList<>();
        for (String name : FILES) {
            files.add(DataFile.of("pact/" + name, resources.getResource("classpath:pact/" + name)));
        }
        LoadResult result = load(files);
        log.info("Pact data: {} file(s) changed, {} unchanged", result.changed(), result.unchanged());
    }

    /** Loads the files in one transaction; nothing is written when any of them fails. */
    LoadResult load(List<DataFile> files) {
        return transaction.execute(status -> {
            jdbc.sql("set constraints all deferred").update();
            List<Parsed> changed = new ArrayList<>();
            int unchanged = 0;
            for (DataFile file : files) {
                Optional<Parsed> parsed = newVersion(file);
                if (parsed.isPresent()) {
                    changed.add(parsed.get());
                } else {
                    unchanged++;
                }
            }
            apply(changed);
            if (!changed.isEmpty() || searchIndex.isEmpty()) {
                searchIndex.rebuild();
                var cache = caches.getCache("pact");
                if (cache != null) {
                    cache.clear(); // transaction-aware: takes effect after commit
                }
                events.publishEvent(new nl.techniekpact.shared.PactChanged("pact data loaded"));
            }
            return new LoadResult(changed.size(), unchanged);
        });
    }

    private Optional<Parsed> newVersion(DataFile file) {
        String sha = sha256(file.content());
        Optional<Integer> latestVersion = jdbc.sql("""
                        select version from data_file_version where path = ? and sha256 = ?
                          and version = (select max(version) from data_file_version where path = ?)""")
                .params(file.path(), sha, file.path()).query(Integer.class).optional();
        if (latestVersion.isPresent()) {
            return Optional.empty();
        }
        Object content = parse(file);
        long id = jdbc.sql("""
                        insert into data_file_version (path, version, sha256, content)
                        select ?, coalesce(max(version), 0) + 1, ?, ? from data_file_version where path = ?
                        returning id""")
                .params(file.path(), sha, file.content(), file.path()).query(Long.class).single();
        return Optional.of(new Parsed(content, id));
    }

    private Object parse(DataFile file) {
        Class<?> type = file.path().endsWith("partners.yaml") ? PartnersFile.class
                : file.path().endsWith("regions.yaml") ? RegionsFile.class : EditionFile.class;
        try {
            return yaml.readValue(file.content(), type);
        } catch (RuntimeException e) {
            throw new PactDataException("Pact data file " + file.path() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Order matters: partners and regions first, editions by year, then agendas (they refer to editions). */
    private void apply(List<Parsed> changed) {
        for (Parsed p : changed) {
            if (p.content() instanceof PartnersFile partners) {
                PactFiles.list(partners.partners()).forEach(partner -> writer.partner(partner, p.version()));
            }
        }
        for (Parsed p : changed) {
            if (p.content() instanceof RegionsFile regions) {
                int position = 0;
                for (var region : PactFiles.list(regions.regions())) {
                    writer.region(region, ++position, p.version());
                }
                PactFiles.list(regions.regions()).forEach(writer::provinces);
            }
        }
        changed.stream().filter(p -> p.content() instanceof EditionFile)
                .sorted((a, b) -> Integer.compare(((EditionFile) a.content()).edition().year(),
                        ((EditionFile) b.content()).edition().year()))
                .forEach(p -> editions.write((EditionFile) p.content(), p.version()));
        for (Parsed p : changed) {
            if (p.content() instanceof RegionsFile regions) {
                PactFiles.list(regions.agendas()).forEach(agenda -> writer.agenda(agenda, p.version()));
            }
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record DataFile(String path, String content) {
        static DataFile of(String path, Resource resource) {
            try {
                return new DataFile(path, resource.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Pact data file " + path + " is missing", e);
            }
        }
    }

    record LoadResult(int changed, int unchanged) {
    }

    private record Parsed(Object content, long version) {
    }
}
