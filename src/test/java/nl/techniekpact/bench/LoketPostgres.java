package nl.techniekpact.bench;

import static nl.techniekpact.bench.BenchSettings.log;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Listing;
import nl.techniekpact.loket.matching.Venue;
import nl.techniekpact.system.EmbeddedDatabaseProperties;
import nl.techniekpact.system.EmbeddedPostgresServer;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL side of the Loket benchmark: the product's embedded server (zonky PostgreSQL 15, the product's
 * settings) with its own data directory, a table per data-set size filled with {@code COPY} and given the indexes
 * a simple implementation would make, kept between runs.
 */
final class LoketPostgres implements AutoCloseable {

    private static final int BATCH = 50_000;

    final Connection connection;

    private LoketPostgres(Connection connection) {
        this.connection = connection;
    }

    static LoketPostgres start(Path dataDirectory) throws SQLException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDirectory, false, 0));
        Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    create table if not exists loket_bench_meta (name text primary key, version int, rows int,
                        copy_seconds float8, index_seconds float8, loaded_at timestamptz default now())""");
        }
        return new LoketPostgres(connection);
    }

    /** Load statistics of a table: seconds for COPY and for the indexes and ANALYZE, and its size. */
    record Load(double copySeconds, double indexSeconds, String tableSize, String indexSize, boolean reused) {
    }

    /** Makes sure table {@code name} holds offers 1 … n of this generator version; loads it when not. */
    Load ensureLoaded(String name, int n, LoketListings data) throws SQLException, IOException {
        try (PreparedStatement p = connection.prepareStatement(
                "select copy_seconds, index_seconds from loket_bench_meta where name = ? and version = ? and rows = ?")) {
            p.setString(1, name);
            p.setInt(2, LoketListings.VERSION);
            p.setInt(3, n);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return new Load(r.getDouble(1), r.getDouble(2), size(name, false), size(name, true), true);
                }
            }
        }
        log("loading %,d offers into %s", n, name);
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists " + name);
            s.execute("""
                    create table %s (id bigint not null, owner_id bigint not null, lat float8 not null,
                        lon float8 not null, travel_km int not null, types text[] not null, levels text[] not null,
                        subjects text[] not null, venues text[] not null, from_date date, until_date date,
                        places_left int not null, body text not null,
                        tsv tsvector generated always as (to_tsvector('dutch', body)) stored)""".formatted(name));
        }
        long t0 = System.nanoTime();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder rows = new StringBuilder();
        int inBatch = 0;
        for (Listing offer : data.offers(n)) {
            row(rows, offer);
            if (++inBatch == BATCH) {
                copy.copyIn("copy " + name + " (id, owner_id, lat, lon, travel_km, types, levels, subjects, venues,"
                        + " from_date, until_date, places_left, body) from stdin", new StringReader(rows.toString()));
                rows.setLength(0);
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            copy.copyIn("copy " + name + " (id, owner_id, lat, lon, travel_km, types, levels, subjects, venues,"
                    + " from_date, until_date, places_left, body) from stdin", new StringReader(rows.toString()));
        }
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        log("copied in %.1f s; indexing", copySeconds);
        t0 = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("set maintenance_work_mem = '512MB'");
            s.execute("alter table " + name + " add primary key (id)");
            s.execute("create index on " + name + " using gist (point(lon, lat))");
            for (String column : List.of("types", "levels", "subjects", "venues", "tsv")) {
                s.execute("create index on " + name + " using gin (" + column + ")");
            }
            s.execute("create index on " + name + " (from_date)");
            s.execute("create index on " + name + " (until_date)");
            s.execute("vacuum analyze " + name);
            s.execute("reset maintenance_work_mem");
        }
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        log("indexed in %.1f s", indexSeconds);
        try (PreparedStatement p = connection.prepareStatement("""
                insert into loket_bench_meta (name, version, rows, copy_seconds, index_seconds) values (?, ?, ?, ?, ?)
                on conflict (name) do update set version = excluded.version, rows = excluded.rows,
                    copy_seconds = excluded.copy_seconds, index_seconds = excluded.index_seconds, loaded_at = now()""")) {
            p.setString(1, name);
            p.setInt(2, LoketListings.VERSION);
            p.setInt(3, n);
            p.setDouble(4, copySeconds);
            p.setDouble(5, indexSeconds);
            p.executeUpdate();
        }
        return new Load(copySeconds, indexSeconds, size(name, false), size(name, true), false);
    }

    /** Server settings that matter for the queries. */
    Map<String, String> settings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String name : List.of("server_version", "shared_buffers", "work_mem", "effective_cache_size",
                    "random_page_cost", "jit", "max_parallel_workers_per_gather", "plan_cache_mode")) {
                try (ResultSet r = s.executeQuery("show " + name)) {
                    r.next();
                    settings.put(name, r.getString(1));
                }
            }
        }
        return settings;
    }

    private String size(String table, boolean indexes) throws SQLException {
        String function = indexes ? "pg_indexes_size" : "pg_table_size";
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("select pg_size_pretty(" + function + "('" + table + "'))")) {
            r.next();
            return r.getString(1);
        }
    }

    private static void row(StringBuilder out, Listing o) {
        out.append(o.id()).append('\t').append(o.ownerId()).append('\t').append(o.latitude()).append('\t')
                .append(o.longitude()).append('\t').append(o.travelKm()).append('\t')
                .append(array(o.types(), ActivityType.class)).append('\t')
                .append(array(o.levels(), Level.class)).append('\t')
                .append(array(o.subjects())).append('\t').append(array(o.venues(), Venue.class)).append('\t')
                .append(o.from() == null ? "\\N" : o.from().toString()).append('\t')
                .append(o.until() == null ? "\\N" : o.until().toString()).append('\t')
                .append(o.placesLeft()).append('\t')
                .append(o.text().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")).append('\n');
    }

    /** An array literal; an empty set of enum values ("no restriction") is stored as all of them, as the GIN indexes need. */
    private static <E extends Enum<E>> String array(Set<E> values, Class<E> type) {
        Set<E> all = values.isEmpty() ? EnumSet.allOf(type) : values;
        return all.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static String array(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
