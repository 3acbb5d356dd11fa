package nl.techniekpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module reads and writes only its own tables. The ownership is declared once, in the "Owned tables" list of
 * docs/architecture.md; this test checks that every table the Flyway migrations create is owned by exactly one
 * module, and that the SQL in each module's code (the string literals and text blocks of its Java files) names
 * no table of another module after {@code from}, {@code join}, {@code into}, {@code update}, {@code table} or
 * {@code references}.
 */
class TableOwnershipTest {

    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    static final Path SOURCES = Path.of("src/main/java/nl/techniekpact");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    private static final Pattern USE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|references)\\s+([a-z_][a-z0-9_]*)\\b");

    @Test
    void everyTableHasOneOwnerAndEveryModuleNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> owners = declaredOwners();
        assertThat(owners).as("the owned-tables list in docs/architecture.md").isNotEmpty();
        assertThat(owners.keySet()).as("tables the migrations create, each owned by one module (docs/architecture.md)")
                .containsExactlyInAnyOrderElementsOf(createdTables());

        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    Matcher use = USE.matcher(literal);
                    while (use.find()) {
                        String table = use.group(1).toLowerCase(java.util.Locale.ROOT);
                        String owner = owners.get(table);
                        if (owner != null && !owner.equals(module)) {
                            violations.add(relative + ": module " + module + " names " + table + " (owned by "
                                    + owner + ")");
                        }
                    }
                }
            }
        }
        assertThat(new TreeSet<>(violations)).as("SQL naming another module's table: ask that module's API").isEmpty();
    }

    @Test
    void theCheckSeesTablesInTextBlocksAndStringsButNotInComments() {
        String code = """
                // select * from action
                /* join region */
                String a = "select id from owner where x = 'join theme'";
                String b = \"""
                        select 1
                          from round_task t join app_user u on u.id = t.user_id
                        \""";
                """;
        List<String> tables = new ArrayList<>();
        for (String literal : stringLiterals(code)) {
            Matcher use = USE.matcher(literal);
            while (use.find()) {
                tables.add(use.group(1));
            }
        }
        assertThat(tables).as("conservative: a table named inside a SQL string literal counts too")
                .containsExactly("owner", "theme", "round_task", "app_user");
    }

    /** module → tables, from the "Owned tables" table of docs/architecture.md. */
    static Map<String, String> declaredOwners() throws IOException {
        String text = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = text.indexOf("### Owned tables");
        assertThat(start).as("docs/architecture.md has a section '### Owned tables'").isNotNegative();
        Map<String, String> owners = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\| (`[a-z_]+`(?:, `[a-z_]+`)*) \\|$", Pattern.MULTILINE);
        Matcher m = row.matcher(text.substring(start, nextHeading(text, start)));
        while (m.find()) {
            for (String table : m.group(2).replace("`", "").split(",\\s*")) {
                String previous = owners.put(table, m.group(1));
                assertThat(previous).as("table %s owned by two modules", table).isNull();
            }
        }
        return owners;
    }

    private static int nextHeading(String text, int start) {
        int next = text.indexOf("\n#", start + 1);
        return next < 0 ? text.length() : next;
    }

    private static List<String> createdTables() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                Matcher m = CREATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /** The contents of every string literal and text block of a Java source, comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        literal.append(source.charAt(i + 1));
                        i += 2;
                    } else {
                        literal.append(source.charAt(i++));
                    }
                }
                literals.add(literal.toString());
                i++;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
