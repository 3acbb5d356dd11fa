package nl.techniekpact.monitor.internal;

import nl.techniekpact.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.monitor.Breakdown;
import nl.techniekpact.monitor.Period;
import nl.techniekpact.pact.Landsdelen;
import nl.techniekpact.pact.PactItemIds;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the monitor's own data files at start-up, after the pact: indicators, the fixed geographies (the
 * Netherlands, CBS landsdelen, Techniekpact landsdelen, provinces), the seeds' targets and the seeds' figures.
 * All-or-nothing and idempotent; seed figures go through the same observation store as imports, one import
 * job per changed file, so they carry provenance and revisions like any other figure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MonitorDataLoader implements ApplicationRunner {

    static final List<String> INDICATOR_FILES = List.of("indicators.yaml", "seed-indicators.yaml");
    static final String TARGETS = "targets.yaml";
    static final String OBSERVATIONS = "seed-observations.yaml";
    private static final Logger log = LoggerFactory.getLogger(MonitorDataLoader.class);

    private static final Set<String> KINDS = Set.of("COUNT", "SHARE");
    private static final Set<String> COUNT_UNITS = Set.of("PERSONS", "JOBS", "SCHOOLS", "OTHER");
    private static final Set<String> SHARE_UNITS = Set.of("PERCENT", "FRACTION");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;
    private final ObservationWriter writer;
    private final ImportJobStore jobs;
    private final Landsdelen landsdelen;
    private final PactItemIds pactItems;
    private final IndicatorSummaries summaries;
    private final ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ObjectMapper json = Json.MAPPER;

    MonitorDataLoader(JdbcClient jdbc, TransactionTemplate transaction, ResourceLoader resources,
                      ObservationWriter writer, ImportJobStore jobs, Landsdelen landsdelen, PactItemIds pactItems,
                      IndicatorSummaries summaries) {
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.landsdelen = landsdelen;
        this.pactItems = pactItems;
        this.transaction = transaction;
        this.resources = resources;
        this.writer = writer;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        FixedGeographies.ensure(jdbc, landsdelen);
        int position = 0;
        for (String name : INDICATOR_FILES) {
            Resource file = resource(name);
            if (!file.exists()) {
                continue;
            }
            var indicators = read(file, MonitorFiles.IndicatorsFile.class).indicators();
            for (var entry : indicators) {
                upsertIndicator(entry, "monitor/" + name, position++);
            }
        }
        Resource targets = resource(TARGETS);
        if (targets.exists()) {
            loadTargets(read(targets, MonitorFiles.TargetsFile.class).targets());
        }
        Resource observations = resource(OBSERVATIONS);
        if (observations.exists()) {
            loadObservations(observations);
        }
        summaries.refreshAll(); // targets and indicators may have changed: every summary again, in this transaction
    }

    private Resource resource(String name) {
        return resources.getResource("classpath:monitor/" + name);
    }

    private <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + resource.getDescription(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Monitor data file " + resource.getFilename() + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    private void upsertIndicator(MonitorFiles.IndicatorEntry e, String file, int position) {
        check(KINDS.contains(e.kind()), e.code(), "kind " + e.kind());
        check(("COUNT".equals(e.kind()) ? COUNT_UNITS : SHARE_UNITS).contains(e.unit()), e.code(), "unit " + e.unit());
        check(e.direction() == null || Set.of("HIGHER", "LOWER").contains(e.direction()), e.code(),
                "direction " + e.direction());
        jdbc.sql("""
                insert into indicator (code, name_nl, name_en, definition_nl, definition_en, kind, unit, direction,
                                       source, breakdowns, themes, notes, data_file, position)
                values (:code, :nameNl, :nameEn, :defNl, :defEn, :kind, :unit, :direction, :source,
                        :breakdowns, :themes, :notes::jsonb, :file, :position)
                on conflict (code) do update set name_nl = excluded.name_nl, name_en = excluded.name_en,
                    definition_nl = excluded.definition_nl, definition_en = excluded.definition_en,
                    kind = excluded.kind, unit = excluded.unit, direction = excluded.direction,
                    source = excluded.source, breakdowns = excluded.breakdowns, themes = excluded.themes,
                    notes = excluded.notes, data_file = excluded.data_file, position = excluded.position""")
                .param("code", e.code()).param("nameNl", e.name().nl()).param("nameEn", e.name().en())
                .param("defNl", e.definition().nl()).param("defEn", e.definition().en())
                .param("kind", e.kind()).param("unit", e.unit()).param("direction", e.direction())
                .param("source", e.source()).param("breakdowns", e.breakdowns().toArray(String[]::new))
                .param("themes", e.themes().toArray(String[]::new))
                .param("notes", json.writeValueAsString(e.notes())).param("file", file).param("position", position)
                .update();
        int id = jdbc.sql("select id from indicator where code = ?").param(e.code()).query(Integer.class).single();
        jdbc.sql("delete from indicator_link where indicator_id = ?").param(id).update();
        for (String item : e.links()) {
            check(pactItems.exists(item), e.code(), "link to unknown pact item " + item);
            jdbc.sql("insert into indicator_link (indicator_id, item_id) values (?, ?)").params(id, item).update();
        }
    }

    private void loadTargets(List<MonitorFiles.TargetEntry> targets) {
        jdbc.sql("delete from target").update();
        Map<String, Integer> indicators = writer.indicatorIds();
        Map<String, Integer> geographies = writer.geographyIds();
        int position = 0;
        for (var t : targets) {
            Integer indicator = indicators.get(t.indicator());
            Integer geography = geographies.get(t.region());
            check(indicator != null, t.indicator(), "target for an unknown indicator");
            check(geography != null, t.indicator(), "target for unknown region " + t.region());
            check(t.target() != null && t.source() != null && t.source().quote() != null, t.indicator(),
                    "target without its seed quote");
            Integer baselinePeriod = null;
            if (t.baseline() != null && t.baseline().period() != null) {
                check(Period.parse(t.baseline().period()).isPresent(), t.indicator(), "baseline period");
                baselinePeriod = writer.periodIds(List.of(t.baseline().period())).get(t.baseline().period());
            }
            int breakdown = writer.breakdownIds(List.of(Breakdown.of(t.breakdown()))).get(Breakdown.of(t.breakdown()));
            jdbc.sql("""
                    insert into target (indicator_id, geography_id, breakdown_id, baseline_period_id, baseline_value,
                                        target_value, target_year, seed, item_id, quote, notes, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                    .params(indicator, geography, breakdown, baselinePeriod,
                            t.baseline() == null ? null : t.baseline().value(), t.target().value(),
                            t.target().year(),
                            t.source().seed(), t.source().ref(), t.source().quote(),
                            json.writeValueAsString(t.notes()), position++)
                    .update();
        }
    }

    private void loadObservations(Resource file) {
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = ImportJobStore.sha256(content);
        if (jobs.alreadyLoaded("seed", sha)) {
            return;
        }
        var entries = read(file, MonitorFiles.ObservationsFile.class).observations();
        List<Cell> cells = new ArrayList<>();
        Map<Cell.Key, Cell> seen = new LinkedHashMap<>();
        Map<String, Integer> indicators = writer.indicatorIds();
        Map<String, Integer> geographies = writer.geographyIds();
        jdbc.sql("delete from seed_figure").update();
        int position = 0;
        for (var o : entries) {
            check(indicators.containsKey(o.indicator()), o.indicator(), "observation for an unknown indicator");
            check(geographies.containsKey(o.region()), o.indicator(), "observation for unknown region " + o.region());
            check(o.period() == null || Period.parse(o.period()).isPresent(), o.indicator(), "bad period " + o.period());
            check(o.value() != null || (o.numerator() != null && o.denominator() != null), o.indicator(),
                    "observation without a value");
            check(o.source() != null && o.source().quote() != null, o.indicator(), "observation without its quote");
            Breakdown breakdown = Breakdown.of(o.breakdown());
            Integer period = o.period() == null ? null : writer.periodIds(List.of(o.period())).get(o.period());
            jdbc.sql("""
                    insert into seed_figure (indicator_id, geography_id, breakdown_id, period_id, value, numerator,
                                             denominator, provisional, seed, source_table, quote, notes, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                    .params(indicators.get(o.indicator()), geographies.get(o.region()),
                            writer.breakdownIds(List.of(breakdown)).get(breakdown), period, o.value(), o.numerator(),
                            o.denominator(), Boolean.TRUE.equals(o.provisional()), o.source().seed(),
                            o.source().table(), o.source().quote(), json.writeValueAsString(o.notes()), position++)
                    .update();
            if (o.period() == null) {
                continue;
            }
            Cell cell = new Cell(o.indicator(), o.region(), o.period(), breakdown, o.value(), o.numerator(),
                    o.denominator(), 0, false);
            check(seen.put(cell.key(), cell) == null, o.indicator(), "two figures for one cell " + cell.key());
            cells.add(cell);
        }
        long job = jobs.startSeedJob(OBSERVATIONS, sha, content.length);
        var counts = writer.write(cells, job, ObservationWriter.ProgressListener.NONE);
        jobs.finishInTransaction(job, entries.size(), counts);
        log.info("Monitor seed figures: {} new, {} revised, {} unchanged", counts.inserted(), counts.revised(),
                counts.unchanged());
    }

    private static void check(boolean condition, String code, String problem) {
        if (!condition) {
            throw new IllegalStateException("Monitor data: indicator " + code + ": " + problem);
        }
    }
}
