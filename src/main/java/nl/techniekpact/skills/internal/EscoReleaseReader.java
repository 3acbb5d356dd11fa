package nl.techniekpact.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.importers.CsvTable;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.importers.SourceTooLarge;

/**
 * Reads the files of one ESCO release into a {@link ParsedRelease}: every error with file and line, from the
 * importers' catalogue. Columns are found by name, so the column sets of v1.0, v1.1 and v1.2 (and the reduced
 * en-US skills file) all read. Multi-valued cells hold one value a line, or values separated by {@code " | "} in
 * the collection files.
 */
final class EscoReleaseReader {

    /** The largest file of the official download (skills in one language) is about 10 MB; 64 MB is no ESCO file. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_FILES = 64;
    private static final String ESCO = "http://data.europa.eu/esco/";

    private final long maxFileBytes;

    EscoReleaseReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    ParsedRelease read(List<SourceFile> files) {
        ParsedRelease release = new ParsedRelease();
        if (files.size() > MAX_FILES) {
            release.errors.add(ImportError.of("-", 0, 0, Code.UNKNOWN_CODE, files.size() + " bestanden", "ESCO-release"));
            return release;
        }
        List<SourceFile> ordered = new ArrayList<>(files);
        // concepts before the relations that name them, so a release's own concepts always join
        ordered.sort((a, b) -> Boolean.compare(relationFile(a), relationFile(b)));
        for (SourceFile file : ordered) {
            EscoFiles.Kind kind = EscoFiles.of(file.name());
            if (kind == null) {
                release.errors.add(ImportError.of(file.name(), 0, 0, Code.UNKNOWN_CODE, file.name(), "ESCO-bestand"));
                continue;
            }
            CsvTable table;
            try {
                table = CsvTable.read(file, ',', maxFileBytes, kind.type() == EscoFiles.Type.HIERARCHY);
            } catch (SourceTooLarge e) {
                release.errors.add(ImportError.of(file.name(), 0, 0, Code.UNKNOWN_CODE, file.name(),
                        "ESCO-bestand (groter dan " + maxFileBytes / (1024 * 1024) + " MB)"));
                continue;
            }
            if (table.hasErrors()) {
                release.errors.addAll(table.errors());
                continue;
            }
            release.files.add(new ParsedRelease.FileSummary(file.name(), sha256(file), table.rows().size()));
            new TableReader(release, table, kind).read();
        }
        return release;
    }

    private static boolean relationFile(SourceFile file) {
        EscoFiles.Kind kind = EscoFiles.of(file.name());
        return kind != null && kind.lang() == null;
    }

    /** One file's rows into the release. */
    private static final class TableReader {
        private final ParsedRelease release;
        private final CsvTable table;
        private final EscoFiles.Kind kind;
        private final Map<String, Integer> columns;
        private final Map<String, Integer> seen = new HashMap<>();
        private int line;
        private List<String> cells;

        TableReader(ParsedRelease release, CsvTable table, EscoFiles.Kind kind) {
            this.release = release;
            this.table = table;
            this.kind = kind;
            this.columns = table.columns();
        }

        void read() {
            List<String> required = switch (kind.type()) {
                case OCCUPATIONS, SKILLS, ISCO_GROUPS, SKILL_GROUPS, COLLECTION -> List.of("conceptUri", "preferredLabel");
                case HIERARCHY -> List.of("Level 0 URI", "Level 0 preferred term");
                case BROADER -> List.of("conceptUri", "broaderUri");
                case SKILL_SKILL -> List.of("originalSkillUri", "relationType", "relatedSkillUri");
                case OCCUPATION_SKILL -> List.of("occupationUri", "relationType", "skillUri");
            };
            boolean complete = true;
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    release.errors.add(ImportError.of(table.file(), 1, 0, Code.MISSING_HEADER, column));
                    complete = false;
                }
            }
            if (!complete) {
                return;
            }
            for (CsvTable.Row row : table.rows()) {
                line = row.line();
                cells = row.cells();
                switch (kind.type()) {
                    case HIERARCHY -> hierarchy();
                    case BROADER -> relation("broader", "conceptUri", "broaderUri", null);
                    case SKILL_SKILL -> relation("skill-", "originalSkillUri", "relatedSkillUri", "relationType");
                    case OCCUPATION_SKILL -> relation("occupation-", "occupationUri", "skillUri", "relationType");
                    default -> concept();
                }
            }
        }

        private void concept() {
            String uri = uri("conceptUri");
            String label = cell("preferredLabel");
            if (uri == null) {
                return;
            }
            // a translation may lack a concept's label (13 skills in the en-US file): the concept is kept, unlabelled
            boolean labelled = !label.isBlank();
            if (!labelled) {
                release.unlabelled++;
            }
            Integer earlier = seen.putIfAbsent(uri, line);
            if (earlier != null) {
                release.errors.add(error(Code.DUPLICATE_ROW, "regel " + earlier));
                return;
            }
            String kindOfConcept = switch (kind.type()) {
                case OCCUPATIONS -> "occupation";
                case ISCO_GROUPS -> "isco-group";
                case SKILL_GROUPS -> "skill-group";
                default -> "SkillGroup".equalsIgnoreCase(cell("conceptType")) ? "skill-group" : "skill";
            };
            String separator = kind.type() == EscoFiles.Type.COLLECTION ? "\\s*\\|\\s*|\\n" : "\\n";
            List<String> alternatives = Arrays.stream(cell("altLabels").split(separator)).map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.equals(label.strip())).distinct().toList();
            String isco = kind.type() == EscoFiles.Type.OCCUPATIONS ? blankToNull(cell("iscoGroup")) : null;
            release.add(new ParsedRelease.Concept(uri, kindOfConcept, blankToNull(cell("code")),
                    blankToNull(cell("skillType")), blankToNull(cell("reuseLevel")), isco, labelled ? kind.lang() : null, label.strip(),
                    alternatives, blankToNull(cell("description")), where()));
            if (kind.type() == EscoFiles.Type.COLLECTION) {
                release.members.add(new ParsedRelease.Member(kind.collection(), uri));
            }
        }

        /** A row names a group at its deepest filled level; it is narrower than the level above it. */
        private void hierarchy() {
            String narrower = null;
            for (int level = 0; level <= 3; level++) {
                String uri = cell("Level " + level + " URI");
                if (uri.isBlank()) {
                    break;
                }
                uri = uri("Level " + level + " URI");
                if (uri == null) {
                    return;
                }
                String label = cell("Level " + level + " preferred term").strip();
                String code = blankToNull(cell("Level " + level + " code"));
                if (!label.isEmpty()) {
                    release.add(new ParsedRelease.Concept(uri, "skill-group", code, null, null, null, kind.lang(),
                            label, List.of(), null, where()));
                }
                if (narrower != null) {
                    release.relations.add(new ParsedRelease.Relation("broader", uri, narrower, where()));
                }
                narrower = uri;
            }
        }

        private void relation(String relation, String sourceColumn, String targetColumn, String typeColumn) {
            String source = uri(sourceColumn);
            String target = uri(targetColumn);
            if (source == null || target == null) {
                return;
            }
            String name = relation;
            if (typeColumn != null) {
                String type = cell(typeColumn).strip().toLowerCase(Locale.ROOT);
                if (!type.equals("essential") && !type.equals("optional")) {
                    release.errors.add(error(Code.UNKNOWN_CODE, type, typeColumn));
                    return;
                }
                name = relation + type;
            }
            release.relations.add(new ParsedRelease.Relation(name, source, target, where()));
        }

        private String uri(String column) {
            String value = cell(column).strip();
            if (value.isEmpty()) {
                release.errors.add(error(Code.MISSING_VALUE, column));
                return null;
            }
            if (!value.startsWith(ESCO) || value.length() > 200 || value.contains(" ")) {
                release.errors.add(error(Code.UNKNOWN_CODE, value.length() > 80 ? value.substring(0, 80) : value, column));
                return null;
            }
            return value;
        }

        private String cell(String column) {
            Integer at = columns.get(column);
            return at == null || at >= cells.size() ? "" : cells.get(at);
        }

        private ImportError error(Code code, Object... arguments) {
            return ImportError.of(table.file(), line, 0, code, arguments);
        }

        private String where() {
            return table.file() + ":" + line;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256(SourceFile file) {
        try (InputStream in = file.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
