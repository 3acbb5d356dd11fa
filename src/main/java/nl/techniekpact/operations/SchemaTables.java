package nl.techniekpact.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The platform's tables as the database knows them (not a list kept by hand, so a new migration's tables are in
 * every backup): ordered so that a table comes after every table it references, which is the order to load them
 * in (and the reverse, the order to empty them in).
 */
final class SchemaTables {

    /** Flyway's own history stays the install's; sessions are not worth restoring. */
    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes");

    private SchemaTables() {
    }

    static List<String> inLoadOrder(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        tables.removeAll(NOT_BACKED_UP);
        Map<String, Set<String>> references = new TreeMap<>();
        tables.forEach(t -> references.put(t, new TreeSet<>()));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select child.relname, parent.relname from pg_constraint f
                  join pg_class child on child.oid = f.conrelid join pg_class parent on parent.oid = f.confrelid
                  join pg_namespace n on n.oid = child.relnamespace
                 where f.contype = 'f' and n.nspname = current_schema()""")) {
            while (rs.next()) {
                String child = rs.getString(1);
                String parent = rs.getString(2);
                if (!child.equals(parent) && tables.contains(child) && tables.contains(parent)) {
                    references.get(child).add(parent);
                }
            }
        }
        return sorted(references);
    }

    /** Kahn's algorithm, alphabetical among equals so the order is the same every time. */
    static List<String> sorted(Map<String, Set<String>> references) {
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> referencedBy = new HashMap<>();
        references.forEach((table, parents) -> {
            waitingFor.put(table, parents.size());
            parents.forEach(p -> referencedBy.computeIfAbsent(p, k -> new ArrayList<>()).add(table));
        });
        TreeSet<String> ready = new TreeSet<>();
        waitingFor.forEach((table, n) -> {
            if (n == 0) {
                ready.add(table);
            }
        });
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (!ready.isEmpty()) {
            String table = ready.pollFirst();
            order.add(table);
            done.add(table);
            for (String child : referencedBy.getOrDefault(table, List.of())) {
                if (waitingFor.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() != references.size()) {
            Set<String> cycle = new TreeSet<>(references.keySet());
            cycle.removeAll(done);
            throw new IllegalStateException("tables that reference each other in a cycle: " + cycle);
        }
        return order;
    }

    /**
     * The statement that reads a table in a fixed order (its primary key, else the whole row as text), so the same
     * data always gives the same bytes and the same SHA-256, whatever order updates left the rows in on disk.
     */
    static String orderedSelect(Connection connection, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                select a.attname from pg_index i
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                 where i.indrelid = to_regclass(?) and i.indisprimary
                 order by array_position(i.indkey::int2[], a.attnum)""")) {
            statement.setString(1, quoted(table));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    key.add(quoted(rs.getString(1)));
                }
            }
        }
        String order = key.isEmpty() ? "t::text" : String.join(", ", key);
        return "select " + columnList(connection, table) + " from " + quoted(table) + " t order by " + order;
    }

    /**
     * The columns a backup holds and a restore writes, in table order: not generated ones ({@code generated always
     * as (…) stored}, such as search vectors), which PostgreSQL computes again from the others on restore.
     */
    static String columnList(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                select attname from pg_attribute
                 where attrelid = to_regclass(?) and attnum > 0 and not attisdropped and attgenerated = ''
                 order by attnum""")) {
            statement.setString(1, quoted(table));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(quoted(rs.getString(1)));
                }
            }
        }
        return String.join(", ", columns);
    }

    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                 order by installed_rank desc limit 1""")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }
}
