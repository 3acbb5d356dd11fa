package nl.techniekpact.bench;

import static nl.techniekpact.bench.BenchSettings.log;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

/**
 * Fills the monitor benchmark's PostgreSQL database with a synthetic national data set in the real schema, and
 * copies the same rows, denormalised, into a DuckDB file (the peer). Run by {@code bench/monitor/run.sh}:
 *
 * <ul>
 *   <li>{@code check} — exit 0 when both the PostgreSQL data set and a matching DuckDB file exist, 2 when only the
 *       DuckDB file is missing or stale, 1 when the PostgreSQL data set must be (re)generated;</li>
 *   <li>{@code postgres} — drops and recreates the database, starts the real application once (Flyway, pact and
 *       monitor loaders), then adds geographies, periods, breakdown cells, indicators, import jobs, targets and
 *       the observations, builds the indexes of V003 again and analyses;</li>
 *   <li>{@code duckdb} — exports the observations with their codes ({@code COPY … TO STDOUT}) to a CSV file and
 *       loads it into {@code monitor.duckdb}, with the indicator, geography and target tables.</li>
 * </ul>
 *
 * <p>The data set: {@code bench.indicators} (200) indicators, every third a SHARE with numerator and denominator;
 * 400 regions (NL01, 4 CBS landsdelen, 5 Techniekpact landsdelen, 12 provinces, 35 labour-market regions, 343
 * municipalities); 20 years 2005JJ00–2024JJ00; per indicator one of four breakdown schemes with 24–30 cells.
 * Values are deterministic (hash of the keys), so a regeneration gives the same rows.
 */
public final class MonitorDataGenerator {

    static final int INDICATORS = Integer.getInteger("bench.indicators", 200);
    static final int FIRST_YEAR = 2005;
    static final int YEARS = 20;
    static final List<String> THEMES = List.of("kiezen", "leren", "werken", "innoveren");

    private MonitorDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "check" : args[0];
        switch (mode) {
            case "check" -> System.exit(check());
            case "postgres" -> generatePostgres();
            case "duckdb" -> loadDuckDb();
            default -> throw new IllegalArgumentException("mode: check | postgres | duckdb");
        }
    }

    // ------------------------------------------------------------------------------------------ breakdown schemes

    /** One breakdown cell of a scheme: its dimensions, its part of the total, and a shift of shares within it. */
    record CellDef(int ord, Map<String, String> cell, double fraction, double shareShift) {
        String key() {
            return cell.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        }

        String json() {
            return cell.entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** How a source stores an indicator's cells: a full cross with totals (CBS) or only the finest cells (DUO). */
    record Scheme(int id, String label, String format, String organisation, List<String> dims, List<CellDef> cells) {
    }

    record Dim(String name, List<String> values, double[] fractions) {
    }

    static final Dim GESLACHT = new Dim("geslacht", List.of("man", "vrouw"), new double[] {0.58, 0.42});
    static final Dim NIVEAU_ONDERWIJS = new Dim("niveau",
            List.of("vmbo", "havo-vwo", "mbo-2", "mbo-3", "mbo-4", "hbo", "wo"),
            new double[] {0.14, 0.10, 0.10, 0.16, 0.20, 0.18, 0.12});
    static final Dim NIVEAU_HO = new Dim("niveau", List.of("ad", "hbo-ba", "hbo-ma", "wo-ba", "wo-ma"),
            new double[] {0.05, 0.50, 0.05, 0.24, 0.16});
    static final Dim OPLEIDINGSVORM = new Dim("opleidingsvorm", List.of("voltijd", "deeltijd", "duaal"),
            new double[] {0.80, 0.14, 0.06});
    static final Dim SECTOR = new Dim("sector", List.of("landbouw", "delfstoffen", "industrie-voeding",
            "industrie-chemie", "industrie-metaal", "industrie-overig", "energie", "water-afval", "bouw", "handel",
            "vervoer-opslag", "horeca", "informatie-communicatie", "financiele-diensten", "onroerend-goed",
            "specialistische-diensten", "verhuur-overige-diensten", "openbaar-bestuur", "onderwijs", "zorg-welzijn",
            "cultuur-recreatie", "overige-diensten", "huishoudens", "extraterritoriaal"), fractions(24, 7));
    static final Dim LEEFTIJD = new Dim("leeftijd", List.of("15-24", "25-44", "45-64", "65-74"),
            new double[] {0.17, 0.43, 0.36, 0.04});
    static final Dim NIVEAU_BEROEPSBEVOLKING = new Dim("niveau", List.of("laag", "middelbaar", "hoog", "onbekend"),
            new double[] {0.22, 0.41, 0.35, 0.02});

    static final List<Scheme> SCHEMES = List.of(
            scheme(0, "cbs-geslacht-niveau", "cbs-odata3", "CBS", true, GESLACHT, NIVEAU_ONDERWIJS),
            scheme(1, "duo-ho-finest", "duo", "DUO", false, GESLACHT, NIVEAU_HO, OPLEIDINGSVORM),
            scheme(2, "cbs-sector", "cbs-odata3", "CBS", true, SECTOR),
            scheme(3, "cbs-leeftijd-niveau", "cbs-odata3", "CBS", true, LEEFTIJD, NIVEAU_BEROEPSBEVOLKING));

    private static double[] fractions(int n, long seed) {
        Random random = new Random(seed);
        double[] f = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            f[i] = Math.exp(random.nextGaussian());
            sum += f[i];
        }
        for (int i = 0; i < n; i++) {
            f[i] /= sum;
        }
        return f;
    }

    /**
     * {@code fullCross}: every combination of every subset of the dimensions, with the total (CBS tables have a
     * "totaal" in every dimension); otherwise only the finest cells (DUO files: one row per combination).
     */
    private static Scheme scheme(int id, String label, String format, String organisation, boolean fullCross,
                                 Dim... dims) {
        List<Map<String, String>> cells = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        cells.add(new TreeMap<>());
        fractions.add(1.0);
        for (Dim dim : dims) {
            List<Map<String, String>> next = new ArrayList<>();
            List<Double> nextFractions = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (fullCross) {
                    next.add(cells.get(c));
                    nextFractions.add(fractions.get(c));
                }
                for (int v = 0; v < dim.values().size(); v++) {
                    Map<String, String> cell = new TreeMap<>(cells.get(c));
                    cell.put(dim.name(), dim.values().get(v));
                    next.add(cell);
                    nextFractions.add(fractions.get(c) * dim.fractions()[v]);
                }
            }
            cells = next;
            fractions = nextFractions;
        }
        Random random = new Random(1000 + id);
        List<CellDef> defs = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            defs.add(new CellDef(i, cells.get(i), fractions.get(i), (random.nextDouble() - 0.5) * 0.2));
        }
        List<String> names = new ArrayList<>(new TreeSet<>(java.util.Arrays.stream(dims).map(Dim::name).toList()));
        return new Scheme(id, label, format, organisation, names, defs);
    }

    static List<String> dimensions() {
        return SCHEMES.stream().flatMap(s -> s.dims().stream()).distinct().sorted().toList();
    }

    // ------------------------------------------------------------------------------------------ geographies

    record Province(String code, String name, int population, int municipalities, String landsdeel, String tp) {
    }

    /** Provinces with their population (2024, rounded) and number of municipalities (2024; Noord-Brabant +1). */
    static final List<Province> PROVINCES = List.of(
            new Province("PV20", "Groningen", 596_000, 10, "LD01", "TL01"),
            new Province("PV21", "Fryslân", 654_000, 18, "LD01", "TL01"),
            new Province("PV22", "Drenthe", 498_000, 12, "LD01", "TL01"),
            new Province("PV23", "Overijssel", 1_166_000, 25, "LD02", "TL03"),
            new Province("PV24", "Flevoland", 441_000, 6, "LD02", "TL02"),
            new Province("PV25", "Gelderland", 2_133_000, 51, "LD02", "TL03"),
            new Province("PV26", "Utrecht", 1_387_000, 26, "LD03", "TL02"),
            new Province("PV27", "Noord-Holland", 2_952_000, 44, "LD03", "TL02"),
            new Province("PV28", "Zuid-Holland", 3_804_000, 50, "LD03", "TL05"),
            new Province("PV29", "Zeeland", 391_000, 13, "LD03", "TL05"),
            new Province("PV30", "Noord-Brabant", 2_626_000, 57, "LD04", "TL04"),
            new Province("PV31", "Limburg", 1_118_000, 31, "LD04", "TL04"));
    static final int LABOUR_MARKET_REGIONS = 35;

    record Region(String code, String kind, String name, double weight) {
    }

    /** Municipalities and the regions above them; each region's weight (population) is the sum of its municipalities. */
    static List<Region> regions(Map<String, List<String>> parentsOfMunicipality) {
        Random random = new Random(20261125);
        Map<String, Double> weights = new LinkedHashMap<>();
        List<Region> municipalities = new ArrayList<>();
        int total = PROVINCES.stream().mapToInt(Province::municipalities).sum();
        int n = 0;
        for (Province province : PROVINCES) {
            double[] raw = new double[province.municipalities()];
            double sum = 0;
            for (int i = 0; i < raw.length; i++) {
                raw[i] = Math.exp(1.1 * random.nextGaussian());
                sum += raw[i];
            }
            for (int i = 0; i < raw.length; i++) {
                n++;
                String code = String.format("GM%04d", n);
                double weight = Math.max(1_000, Math.round(province.population() * raw[i] / sum));
                municipalities.add(new Region(code, "MUNICIPALITY", "Gemeente " + n, weight));
                String labourMarket = String.format("AM%02d", (n - 1) * LABOUR_MARKET_REGIONS / total + 1);
                List<String> parents = List.of(province.code(), labourMarket, province.landsdeel(), province.tp());
                parentsOfMunicipality.put(code, parents);
                for (String parent : parents) {
                    weights.merge(parent, weight, Double::sum);
                }
                weights.merge("NL01", weight, Double::sum);
            }
        }
        List<Region> regions = new ArrayList<>();
        regions.add(new Region("NL01", "COUNTRY", "Nederland", weights.get("NL01")));
        for (String ld : List.of("LD01", "LD02", "LD03", "LD04")) {
            regions.add(new Region(ld, "CBS_LANDSDEEL", ld, weights.get(ld)));
        }
        for (String tl : List.of("TL01", "TL02", "TL03", "TL04", "TL05")) {
            regions.add(new Region(tl, "TP_LANDSDEEL", tl, weights.get(tl)));
        }
        for (Province p : PROVINCES) {
            regions.add(new Region(p.code(), "PROVINCE", p.name(), weights.get(p.code())));
        }
        for (int am = 1; am <= LABOUR_MARKET_REGIONS; am++) {
            String code = String.format("AM%02d", am);
            regions.add(new Region(code, "LABOUR_MARKET_REGION", "Arbeidsmarktregio " + am, weights.get(code)));
        }
        regions.addAll(municipalities);
        return regions;
    }

    // ------------------------------------------------------------------------------------------ check

    static int check() {
        String generated;
        long rows;
        try (Connection c = BenchSettings.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select generated_at, observations, indicators from bench.meta")) {
            if (!r.next() || r.getInt(3) != INDICATORS) {
                log("PostgreSQL data set absent or of another size: it will be generated");
                return 1;
            }
            generated = r.getString(1);
            rows = r.getLong(2);
        } catch (SQLException e) {
            log("PostgreSQL data set absent (%s): it will be generated", e.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
        log("PostgreSQL data set present: %,d observations, generated %s", rows, generated);
        if (!Files.exists(BenchSettings.DUCKDB)) {
            log("DuckDB file %s absent: it will be loaded", BenchSettings.DUCKDB);
            return 2;
        }
        try (Connection d = java.sql.DriverManager.getConnection("jdbc:duckdb:" + BenchSettings.DUCKDB.toAbsolutePath(),
                MonitorQueryBenchmark.duckProperties()); Statement s = d.createStatement();
             ResultSet r = s.executeQuery("select generated_at, observations from bench_meta")) {
            if (r.next() && generated.equals(r.getString(1)) && r.getLong(2) == rows) {
                log("DuckDB file present and matching");
                return 0;
            }
        } catch (SQLException e) {
            log("DuckDB file unreadable (%s)", e.getMessage());
        }
        log("DuckDB file stale: it will be loaded again");
        return 2;
    }

    // ------------------------------------------------------------------------------------------ PostgreSQL

    static void generatePostgres() throws Exception {
        long started = System.nanoTime();
        try (Connection admin = BenchSettings.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + BenchSettings.DATABASE + " with (force)");
            s.execute("create database " + BenchSettings.DATABASE + " encoding 'UTF8' template template0");
        }
        log("starting the application once against %s (Flyway migrations, pact and monitor loaders)", BenchSettings.URL);
        try (var context = BenchSettings.startApplication()) {
            log("application started and loaded; stopping it");
        }
        try (Connection c = BenchSettings.connect()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("set work_mem = '256MB'");
                s.execute("set maintenance_work_mem = '2GB'");
            }
            dimensions(c);
            observations(c);
        }
        log("PostgreSQL data set ready in %.0f s", (System.nanoTime() - started) / 1e9);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void dimensions(Connection c) throws SQLException {
        exec(c, """
                create schema bench;
                create table bench.geo (geography_id int primary key, n int not null, code text not null,
                                        kind text not null, weight float8 not null);
                create table bench.period (period_id int primary key, ord int not null, code text not null);
                create table bench.cell (scheme int not null, ord int not null, breakdown_id int not null,
                                         fraction float8 not null, share_shift float8 not null,
                                         primary key (scheme, ord));
                create table bench.ind (indicator_id int primary key, n int not null, code text not null,
                                        scheme int not null, is_share boolean not null, rate float8 not null,
                                        growth float8 not null, p0 float8 not null, pslope float8 not null);
                create table bench.job (indicator_id int not null, period_ord int not null, import_id bigint not null,
                                        primary key (indicator_id, period_ord));
                create table bench.meta (generated_at text not null, indicators int not null,
                                         observations bigint not null, seconds float8 not null);
                """);

        // One import job for the crosswalk (memberships), then geographies.
        long crosswalkJob;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                insert into import_job (format, dataset, file_name, file_sha256, file_size, source_organisation,
                                        retrieved_on, state, progress, finished_at)
                values ('gebieden', null, 'bench-gebieden.csv', repeat('0', 64), 0, 'CBS (synthetic)', current_date,
                        'DONE', 100, now()) returning id""")) {
            r.next();
            crosswalkJob = r.getLong(1);
        }
        Map<String, List<String>> parents = new LinkedHashMap<>();
        List<Region> regions = regions(parents);
        try (PreparedStatement geo = c.prepareStatement("""
                insert into geography (code, kind, name, source) values (?, ?, ?, 'bench (synthetic)')
                on conflict (code) do nothing""");
             PreparedStatement bench = c.prepareStatement("""
                     insert into bench.geo (geography_id, n, code, kind, weight)
                     select id, ?, code, kind, ? from geography where code = ? and kind = ?""")) {
            int n = 0;
            for (Region region : regions) {
                geo.setString(1, region.code());
                geo.setString(2, region.kind());
                geo.setString(3, region.name());
                geo.executeUpdate();
                bench.setInt(1, ++n);
                bench.setDouble(2, region.weight());
                bench.setString(3, region.code());
                bench.setString(4, region.kind());
                if (bench.executeUpdate() != 1) {
                    throw new IllegalStateException("geography " + region.code() + " exists with another kind");
                }
            }
        }
        try (PreparedStatement m = c.prepareStatement("""
                insert into geography_membership (municipality_id, year, parent_id, import_id)
                select g.id, y, p.id, ? from geography g, geography p, generate_series(?, ?) y
                 where g.code = ? and p.code = ?
                on conflict do nothing""")) { // the real divisions loaded at start hold some of these already
            for (var e : parents.entrySet()) {
                for (String parent : e.getValue()) {
                    m.setLong(1, crosswalkJob);
                    m.setInt(2, FIRST_YEAR);
                    m.setInt(3, FIRST_YEAR + YEARS - 1);
                    m.setString(4, e.getKey());
                    m.setString(5, parent);
                    m.addBatch();
                }
            }
            m.executeBatch();
        }
        log("geographies: %d regions (%s)", regions.size(), regions.stream()
                .collect(Collectors.groupingBy(Region::kind, LinkedHashMap::new, Collectors.counting())));

        exec(c, """
                insert into period (code, kind, position, starts_on, ends_on)
                select y || 'JJ00', 'YEAR', y, make_date(y, 1, 1), make_date(y, 12, 31)
                  from generate_series(%d, %d) y on conflict (code) do nothing;
                insert into bench.period (period_id, ord, code)
                select id, position::int - %d, code from period
                 where kind = 'YEAR' and position between %d and %d;
                """.formatted(FIRST_YEAR, FIRST_YEAR + YEARS - 1, FIRST_YEAR, FIRST_YEAR, FIRST_YEAR + YEARS - 1));

        try (PreparedStatement b = c.prepareStatement("""
                insert into breakdown (key, cell, dims) values (?, ?::jsonb, ?) on conflict (key) do nothing""");
             PreparedStatement cell = c.prepareStatement("""
                     insert into bench.cell (scheme, ord, breakdown_id, fraction, share_shift)
                     select ?, ?, id, ?, ? from breakdown where key = ?""")) {
            for (Scheme scheme : SCHEMES) {
                for (CellDef def : scheme.cells()) {
                    b.setString(1, def.key());
                    b.setString(2, def.json());
                    b.setInt(3, def.cell().size());
                    b.executeUpdate();
                    cell.setInt(1, scheme.id());
                    cell.setInt(2, def.ord());
                    cell.setDouble(3, def.fraction());
                    cell.setDouble(4, def.shareShift());
                    cell.setString(5, def.key());
                    cell.executeUpdate();
                }
            }
        }
        log("breakdown schemes: %s", SCHEMES.stream().map(s -> s.label() + " " + s.dims() + " " + s.cells().size()
                + " cells").collect(Collectors.joining("; ")));

        Random random = new Random(7);
        try (PreparedStatement ind = c.prepareStatement("""
                insert into indicator (code, name_nl, name_en, definition_nl, definition_en, kind, unit, direction,
                                       source, breakdowns, themes, notes, data_file, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 'bench/monitor (synthetic)', ?)""");
             PreparedStatement benchInd = c.prepareStatement("""
                     insert into bench.ind (indicator_id, n, code, scheme, is_share, rate, growth, p0, pslope)
                     select id, ?, code, ?, ?, ?, ?, ?, ? from indicator where code = ?""")) {
            for (int n = 1; n <= INDICATORS; n++) {
                Scheme scheme = SCHEMES.get((n - 1) % SCHEMES.size());
                boolean share = n % 3 == 0;
                String code = String.format("bench-%03d", n);
                List<String> themes = new ArrayList<>(List.of(THEMES.get(((n - 1) / 4) % THEMES.size())));
                if (n % 7 == 0 && !themes.contains("werken")) {
                    themes.add("werken");
                }
                String what = share ? "Aandeel" : "Aantal";
                ind.setString(1, code);
                ind.setString(2, what + " (synthetisch) " + n);
                ind.setString(3, (share ? "Share" : "Count") + " (synthetic) " + n);
                ind.setString(4, "Synthetische indicator voor de benchmark, schema " + scheme.label() + ".");
                ind.setString(5, "Synthetic indicator for the benchmark, scheme " + scheme.label() + ".");
                ind.setString(6, share ? "SHARE" : "COUNT");
                ind.setString(7, share ? "PERCENT" : scheme.id() == 2 ? "JOBS" : "PERSONS");
                ind.setString(8, n % 9 == 0 ? "LOWER" : "HIGHER");
                ind.setString(9, scheme.organisation() + " (synthetic)");
                ind.setArray(10, c.createArrayOf("text", scheme.dims().toArray()));
                ind.setArray(11, c.createArrayOf("text", themes.toArray()));
                ind.setInt(12, 1000 + n);
                ind.executeUpdate();
                benchInd.setInt(1, n);
                benchInd.setInt(2, scheme.id());
                benchInd.setBoolean(3, share);
                benchInd.setDouble(4, 0.004 + 0.06 * random.nextDouble());
                benchInd.setDouble(5, 0.98 + 0.05 * random.nextDouble());
                benchInd.setDouble(6, 0.08 + 0.4 * random.nextDouble());
                benchInd.setDouble(7, -0.005 + 0.015 * random.nextDouble());
                benchInd.setString(8, code);
                benchInd.executeUpdate();
            }
        }
        // One import job per indicator and year, as yearly source files would give.
        exec(c, """
                insert into import_job (format, dataset, file_name, file_sha256, file_size, source_organisation,
                                        retrieved_on, state, progress, rows_read, cells_inserted, started_at,
                                        finished_at)
                select case when i.scheme = 1 then 'duo' else 'cbs-odata3' end, null,
                       i.code || '-' || p.code || '.csv', encode(sha256(convert_to(i.code || p.code, 'UTF8')), 'hex'),
                       100000 + i.n * 31 + p.ord, case when i.scheme = 1 then 'DUO' else 'CBS' end || ' (synthetic)',
                       make_date(%d + p.ord + 1, 6, 1), 'DONE', 100, 10000, 10000,
                       make_date(%d + p.ord + 1, 6, 1), make_date(%d + p.ord + 1, 6, 1)
                  from bench.ind i cross join bench.period p order by i.n, p.ord;
                insert into bench.job (indicator_id, period_ord, import_id)
                select i.indicator_id, p.ord, j.id from bench.ind i cross join bench.period p
                  join import_job j on j.file_name = i.code || '-' || p.code || '.csv';
                """.formatted(FIRST_YEAR, FIRST_YEAR, FIRST_YEAR));
        insertTargets(c);
        log("indicators: %d (%d shares), import jobs: %d, targets: %d",
                count(c, "select count(*) from bench.ind"), count(c, "select count(*) from bench.ind where is_share"),
                count(c, "select count(*) from import_job"), count(c, "select count(*) from target"));
    }

    /**
     * Targets: national targets for every fourth indicator, a target per province for every tenth, and a target for
     * women nationally for every sixth with a gender breakdown. Also called by the benchmark when the monitor
     * loader of a newer product version has replaced the targets.
     */
    static void insertTargets(Connection c) throws SQLException {
        exec(c, """
                insert into target (indicator_id, geography_id, breakdown_id, baseline_period_id, baseline_value,
                                    target_value, target_year, seed, item_id, quote, notes, position)
                select i.indicator_id, g.geography_id, b.id, p.period_id, null::float8,
                       case when i.is_share then round((i.p0 + 0.1) * 100) else round(g.weight * i.rate * 1.2) end,
                       2030, 'bench', null::text, 'Synthetic target for the benchmark.', '[]'::jsonb, 100000 + i.n * 100
                  from bench.ind i join bench.geo g on g.code = 'NL01' join breakdown b on b.key = ''
                  join bench.period p on p.ord = 8
                 where i.n % 4 = 0
                union all
                select i.indicator_id, g.geography_id, b.id, p.period_id, null,
                       case when i.is_share then round((i.p0 + 0.1) * 100) else round(g.weight * i.rate * 1.2) end,
                       2030, 'bench', null, 'Synthetic regional target for the benchmark.', '[]',
                       100000 + i.n * 100 + g.n
                  from bench.ind i join bench.geo g on g.kind = 'PROVINCE' join breakdown b on b.key = ''
                  join bench.period p on p.ord = 8
                 where i.n % 10 = 0
                union all
                select i.indicator_id, g.geography_id, b.id, null::int, null::float8,
                       case when i.is_share then round((i.p0 + 0.15) * 100) else round(g.weight * i.rate * 0.6) end,
                       2030, 'bench', null, 'Synthetic target for women for the benchmark.', '[]'::jsonb, 100000 + i.n * 100 + 99
                  from bench.ind i join bench.geo g on g.code = 'NL01' join breakdown b on b.key = 'geslacht=vrouw'
                 where i.n % 6 = 0 and i.scheme in (0, 1)""");
    }

    /** Per indicator, ordered by year, region and cell: the physical order yearly imports would leave. */
    static final String INSERT_OBSERVATIONS = """
            insert into observation (indicator_id, geography_id, period_id, breakdown_id, value, numerator,
                                     denominator, suppressed_cells, derived, import_id)
            select i.indicator_id, g.geography_id, p.period_id, c.breakdown_id,
                   case when not i.is_share and x.amount >= 5 then x.amount end,
                   case when i.is_share then round(greatest(1, x.amount) * x.share) end,
                   case when i.is_share then greatest(1, x.amount) end,
                   case when not i.is_share and x.amount < 5 then 1 else 0 end,
                   i.scheme = 1 and g.kind <> 'MUNICIPALITY',
                   j.import_id
              from bench.ind i
              join bench.job j on j.indicator_id = i.indicator_id
              join bench.period p on p.ord = j.period_ord
              cross join bench.geo g
              join bench.cell c on c.scheme = i.scheme
              cross join lateral (
                  select round(g.weight * i.rate * c.fraction * power(i.growth, p.ord)
                               * (0.85 + 0.3 * (hashint8(i.n * 1000003::bigint + g.n * 10007 + p.ord * 101 + c.ord)
                                                & 65535) / 65535.0::float8)) as amount,
                         least(0.95::float8, greatest(0.01::float8, i.p0 + i.pslope * p.ord + c.share_shift
                               + 0.06 * ((hashint8(i.n * 1000033::bigint + g.n * 10009 + p.ord * 103 + c.ord)
                                          & 65535) / 65535.0::float8 - 0.5))) as share) x
             where i.indicator_id = ?
             order by p.ord, g.geography_id, c.ord""";

    private static void observations(Connection c) throws SQLException {
        List<String> indexesBefore = indexDefinitions(c);
        long started = System.nanoTime();
        c.setAutoCommit(false);
        // One transaction from TRUNCATE to the last row: with wal_level = minimal the rows skip the WAL. Foreign keys
        // are not checked row by row (replica role): every id comes from the tables filled above.
        exec(c, "set local session_replication_role = replica");
        exec(c, "truncate observation");
        exec(c, "alter table observation drop constraint observation_pkey");
        exec(c, "drop index observation_comparison");
        List<Integer> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select indicator_id from bench.ind order by n")) {
            while (r.next()) {
                ids.add(r.getInt(1));
            }
        }
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement(INSERT_OBSERVATIONS)) {
            for (int k = 0; k < ids.size(); k++) {
                insert.setInt(1, ids.get(k));
                rows += insert.executeUpdate();
                if ((k + 1) % 10 == 0 || k + 1 == ids.size()) {
                    double s = (System.nanoTime() - started) / 1e9;
                    log("observations: %d/%d indicators, %,d rows, %.0f s (%,.0f rows/s)", k + 1, ids.size(), rows, s,
                            rows / s);
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        log("indexes (as in V003)");
        exec(c, "alter table observation add constraint observation_pkey "
                + "primary key (indicator_id, geography_id, period_id, breakdown_id)");
        log("primary key built");
        exec(c, "create index observation_comparison on observation (indicator_id, period_id, geography_id)");
        List<String> indexesAfter = indexDefinitions(c);
        if (!indexesAfter.equals(indexesBefore)) {
            throw new IllegalStateException("indexes differ from the migration's:\n" + indexesBefore + "\n" + indexesAfter);
        }
        log("indexes as before: %s", indexesAfter);
        log("vacuum and analyze");
        exec(c, "vacuum (analyze) observation");
        exec(c, "analyze");
        double seconds = (System.nanoTime() - started) / 1e9;
        try (PreparedStatement meta = c.prepareStatement(
                "insert into bench.meta (generated_at, indicators, observations, seconds) values (?, ?, ?, ?)")) {
            meta.setString(1, java.time.Instant.now().toString());
            meta.setInt(2, INDICATORS);
            meta.setLong(3, rows);
            meta.setDouble(4, seconds);
            meta.executeUpdate();
        }
        log("observations: %,d rows in %.0f s; table with indexes %s", rows, seconds,
                string(c, "select pg_size_pretty(pg_total_relation_size('observation'))"));
    }

    static List<String> indexDefinitions(Connection c) throws SQLException {
        List<String> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select indexdef from pg_indexes where tablename = 'observation' order by indexname")) {
            while (r.next()) {
                list.add(r.getString(1));
            }
        }
        return list;
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    // ------------------------------------------------------------------------------------------ DuckDB

    /** The observations with their codes: what a file of raw rows would hold, without ids or jsonb. */
    static String exportQuery() {
        String dims = dimensions().stream().map(d -> "b.cell ->> '" + d + "' as " + quote(d))
                .collect(Collectors.joining(", "));
        return """
                select i.code as indicator, g.code as region, g.kind as region_kind, p.code as period, %s,
                       b.dims, o.value, o.numerator, o.denominator, o.suppressed_cells
                  from observation o join indicator i on i.id = o.indicator_id
                  join geography g on g.id = o.geography_id join period p on p.id = o.period_id
                  join breakdown b on b.id = o.breakdown_id""".formatted(dims);
    }

    private static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    static void loadDuckDb() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(BenchSettings.WORK);
        Path csv = BenchSettings.WORK.resolve("observations.csv");
        Files.deleteIfExists(BenchSettings.DUCKDB);
        Files.deleteIfExists(Path.of(BenchSettings.DUCKDB + ".wal"));
        String generated;
        long rows;
        try (Connection pg = BenchSettings.connect()) {
            try (Statement s = pg.createStatement(); ResultSet r = s.executeQuery(
                    "select generated_at, observations from bench.meta")) {
                r.next();
                generated = r.getString(1);
                rows = r.getLong(2);
            }
            log("exporting %,d observations with their codes to %s", rows, csv);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
                long copied = pg.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy (" + exportQuery() + ") to stdout (format csv, header)", out);
                log("exported %,d rows (%,d MB) in %.0f s", copied, Files.size(csv) >> 20,
                        (System.nanoTime() - started) / 1e9);
            }
            try (Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:"
                    + BenchSettings.DUCKDB.toAbsolutePath()); Statement d = duck.createStatement()) {
                long t = System.nanoTime();
                String columns = "'indicator': 'VARCHAR', 'region': 'VARCHAR', 'region_kind': 'VARCHAR', "
                        + "'period': 'VARCHAR', "
                        + dimensions().stream().map(x -> "'" + x + "': 'VARCHAR'").collect(Collectors.joining(", "))
                        + ", 'dims': 'INTEGER', 'value': 'DOUBLE', 'numerator': 'DOUBLE', 'denominator': 'DOUBLE', "
                        + "'suppressed_cells': 'INTEGER'";
                d.execute("create table observation_raw as select * from read_csv('" + csv.toAbsolutePath()
                        + "', header = true, columns = {" + columns + "})");
                log("DuckDB: loaded observation_raw in %.0f s", (System.nanoTime() - t) / 1e9);
                copySmallTables(pg, duck);
                d.execute("create table bench_meta (generated_at VARCHAR, observations BIGINT)");
                try (PreparedStatement m = duck.prepareStatement("insert into bench_meta values (?, ?)")) {
                    m.setString(1, generated);
                    m.setLong(2, rows);
                    m.executeUpdate();
                }
                d.execute("checkpoint");
                try (ResultSet r = d.executeQuery("select count(*) from observation_raw")) {
                    r.next();
                    if (r.getLong(1) != rows) {
                        throw new IllegalStateException("DuckDB has " + r.getLong(1) + " rows, PostgreSQL " + rows);
                    }
                }
            }
        }
        Files.deleteIfExists(csv);
        log("DuckDB file %s ready (%,d MB) in %.0f s", BenchSettings.DUCKDB, Files.size(BenchSettings.DUCKDB) >> 20,
                (System.nanoTime() - started) / 1e9);
    }

    /** Indicators (with themes and breakdowns as lists), regions and targets, by code. */
    private static void copySmallTables(Connection pg, Connection duck) throws SQLException {
        try (Statement d = duck.createStatement()) {
            d.execute("""
                    create table indicator (code VARCHAR, name_nl VARCHAR, name_en VARCHAR, kind VARCHAR,
                        unit VARCHAR, direction VARCHAR, breakdowns VARCHAR[], themes VARCHAR[], position INTEGER);
                    create table geography (code VARCHAR, kind VARCHAR, name VARCHAR);
                    create table target (indicator VARCHAR, region VARCHAR, breakdown VARCHAR,
                        baseline_period VARCHAR, baseline_value DOUBLE, target_value DOUBLE, target_year INTEGER,
                        seed VARCHAR, item_id VARCHAR, quote VARCHAR, notes VARCHAR, position INTEGER)""");
        }
        copy(pg, duck, """
                select code, name_nl, name_en, kind, unit, direction, array_to_string(breakdowns, ','),
                       array_to_string(themes, ','), position from indicator""",
                "insert into indicator values (?, ?, ?, ?, ?, ?, string_split(nullif(?, ''), ','), "
                        + "string_split(nullif(?, ''), ','), ?)");
        copy(pg, duck, "select code, kind, name from geography", "insert into geography values (?, ?, ?)");
        copy(pg, duck, """
                select i.code, g.code, b.cell::text, p.code, t.baseline_value, t.target_value, t.target_year, t.seed,
                       t.item_id, t.quote, t.notes::text, t.position
                  from target t join indicator i on i.id = t.indicator_id join geography g on g.id = t.geography_id
                  join breakdown b on b.id = t.breakdown_id left join period p on p.id = t.baseline_period_id""",
                "insert into target values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void copy(Connection from, Connection to, String select, String insert) throws SQLException {
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery(select);
             PreparedStatement p = to.prepareStatement(insert)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    p.setObject(i, r.getObject(i));
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
