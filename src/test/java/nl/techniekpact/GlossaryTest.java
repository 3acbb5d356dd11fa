package nl.techniekpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "identifier in code" column of docs/glossary.md names only things that exist. Every backticked identifier
 * that starts with an upper-case letter is a Java type: its simple name (the part before the first {@code .},
 * {@code (} or {@code <}) is declared as a class, record, enum or interface (top-level or nested) somewhere under
 * src/main/java, and every further segment ({@code Type.CONSTANT}, {@code Type.Nested}, {@code Type.method()}) is
 * a word in a file that declares that type; backticked codes that cannot be Java names ({@code SR-…},
 * {@code VO-22-01}) are not checked, nor are quoted codes ({@code "TL01"}). Every other lower-case backticked identifier that is not an API path
 * ({@code /…}), a dotted property ({@code table.column}), a quoted or numeric code or a format code (with
 * {@code -} or {@code =}) is a table the Flyway migrations create or a name found in the sources (an enum
 * constant, a code in a string literal, a record component).
 */
class GlossaryTest {

    static final Path GLOSSARY = Path.of("docs/glossary.md");
    static final Path SOURCES = Path.of("src/main/java");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|record|enum|interface)\\s+([A-Z][A-Za-z0-9_]*)");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /** A Java name, optionally with members, a call or type arguments: Type, Type.CONSTANT, Type.method(), a/b. */
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_./]*(?:\\(\\)|<[A-Za-z0-9_., ]*>)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Simple type name → the texts of the source files that declare it. */
    private static Map<String, List<String>> types;
    private static Set<String> tables;
    /** Every identifier-like word of the sources (enum constants, string-literal codes, components). */
    private static Set<String> words;

    @BeforeAll
    static void scanSources() throws IOException {
        types = new HashMap<>();
        words = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher declaration = DECLARATION.matcher(text);
                while (declaration.find()) {
                    List<String> declaring = types.computeIfAbsent(declaration.group(1), k -> new ArrayList<>());
                    if (!declaring.contains(text)) {
                        declaring.add(text);
                    }
                }
                Matcher word = WORD.matcher(text);
                while (word.find()) {
                    words.add(word.group());
                }
            }
        }
        tables = new HashSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher create = CREATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void everyIdentifierInTheGlossaryExists() throws IOException {
        List<String> rows = identifierColumn(Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8));
        assertThat(rows).as("rows of the glossary table").hasSizeGreaterThan(40);
        List<String> identifiers = rows.stream().flatMap(row -> backticked(row).stream()).toList();
        assertThat(identifiers).as("backticked identifiers in the glossary").hasSizeGreaterThan(100);
        assertThat(problems(rows)).as("glossary identifiers that name nothing in src/main").isEmpty();
    }

    @Test
    void aMadeUpIdentifierIsReported() {
        List<String> fake = identifierColumn(List.of(
                "| Dutch | English | identifier in code |",
                "|---|---|---|",
                "| thema | theme | `Theme` (`2018-T1`…), `PactViews.ThemeDetail`, `theme` |",
                "| verzinsel | invention | `NoSuchGlossaryType.VALUE`, `StatusColour.PURPLE`, `no_such_table_xyz`, "
                        + "`/api/ok`, `regional_agenda.steering`, `\"CODE1\"` |"));
        assertThat(fake).hasSize(2);
        assertThat(problems(fake)).containsExactlyInAnyOrder(
                "`Theme`: no class, record, enum or interface Theme under src/main/java",
                "`NoSuchGlossaryType.VALUE`: no class, record, enum or interface NoSuchGlossaryType under src/main/java",
                "`StatusColour.PURPLE`: no PURPLE in the sources of StatusColour",
                "`no_such_table_xyz`: neither a table of the migrations nor a name in the sources");
    }

    /** The third cell of every table row after the header and the separator line. */
    static List<String> identifierColumn(List<String> lines) {
        List<String> cells = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                continue;
            }
            if (trimmed.matches("\\|[-:| ]+\\|")) {
                header = false;
                continue;
            }
            if (header) {
                continue;
            }
            List<String> parts = splitRow(trimmed);
            assertThat(parts).as("cells of glossary row " + trimmed).hasSize(3);
            cells.add(parts.get(2));
        }
        return cells;
    }

    /** Splits a table row on the pipes that are not inside backticks. */
    private static List<String> splitRow(String row) {
        List<String> parts = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                parts.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return parts;
    }

    private static List<String> backticked(String cell) {
        List<String> found = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    static List<String> problems(List<String> cells) {
        List<String> problems = new ArrayList<>();
        for (String cell : cells) {
            for (String identifier : backticked(cell)) {
                String problem = check(identifier);
                if (problem != null) {
                    problems.add("`" + identifier + "`: " + problem);
                }
            }
        }
        return problems;
    }

    private static String check(String identifier) {
        if (!JAVA_NAME.matcher(identifier).matches()) {
            return null; // a code such as SR-…, VO-22-01 or a=b: no Java name contains '-', '=', '…' or a space
        }
        char first = identifier.charAt(0);
        if (Character.isUpperCase(first)) {
            String[] segments = identifier.split("[.(<]", -1);
            String type = segments[0];
            List<String> declaring = types.get(type);
            if (declaring == null) {
                return "no class, record, enum or interface " + type + " under src/main/java";
            }
            // Further segments: Type.CONSTANT, Type.Nested, Type.method() – each a word of a declaring file.
            String rest = identifier.substring(type.length());
            Matcher member = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)").matcher(rest.replaceAll("<[^>]*>", ""));
            while (member.find()) {
                Pattern word = Pattern.compile("\\b" + Pattern.quote(member.group(1)) + "\\b");
                if (declaring.stream().noneMatch(text -> word.matcher(text).find())) {
                    return "no " + member.group(1) + " in the sources of " + type;
                }
            }
            return null;
        }
        if (!Character.isLowerCase(first)) {
            return null; // a path (/…), a quoted ("…", '…') or numeric code, or a value like <5
        }
        if (identifier.contains(".") || identifier.contains("/")) {
            return null; // a dotted property (table.column), a file name
        }
        if (tables.contains(identifier) || words.contains(identifier)) {
            return null;
        }
        return "neither a table of the migrations nor a name in the sources";
    }
}
