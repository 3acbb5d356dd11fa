package nl.techniekpact.importers;

import nl.techniekpact.shared.Text;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads CBS StatLine's CSV download of a table: the data file ({@code 80137ned_UntypedDataSet_<stamp>.csv} or
 * {@code …_TypedDataSet_…}) and, when given, its metadata file ({@code 80137ned_metadata.csv}).
 *
 * <p>The data file is {@code ;}-separated with a header of property keys ({@code "ID";"Persoonskenmerken";
 * "BedrijfstakkenSBI93";"Perioden";"Totaal_1";…}) and one row per cell of the table's dimensions; keys are
 * blank-padded as CBS stores them ({@code "1       "}, {@code "NL01  "}), values of the untyped data set are
 * padded text ({@code "    8811"}), of the typed one plain numbers. A value that is empty or {@code .}
 * (CBS: unknown) is missing — no row; {@code x} (secret) is suppressed. Rows become the same
 * {@link RawObservation}s as the OData v3 data set of the table ({@link CbsOData3Parser}): one per row and
 * topic, the time dimension as period, the geo dimension as region (a table without one is national:
 * {@code NL01}), every other dimension a breakdown under its own key, codes without their padding.
 *
 * <p>The metadata file is a series of sections, each a line with its quoted name, a header and rows, ended by
 * a blank line: {@code "TableInfos"} (the table's {@code Identifier}, {@code Title} …), {@code "DataProperties"}
 * (as in OData: {@code Type}, {@code Key}, {@code Title}, {@code Unit}, {@code Decimals}), one section per
 * dimension named by its key with {@code Key} and {@code Title} ({@code "Persoonskenmerken"},
 * {@code "Perioden"}), and others (such as {@code "CategoryGroups"}) that are skipped. Cells may run over
 * several lines (descriptions). Without metadata, columns are classified by CBS naming habits
 * ({@link CbsColumns}).
 */
public final class CbsCsvParser {

    /** What a metadata file says: the columns, and the table's identifier ({@code 80137NED}) if it names one. */
    public record Metadata(CbsMetadata metadata, String identifier) {
    }

    private static final char DELIMITER = ';';
    private static final Pattern TABLE_IN_NAME = Pattern.compile("(?i)^(\\d{5}[a-z]{3})_");

    private final CbsMetadata metadata;

    public CbsCsvParser(CbsMetadata metadata) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /** The table a file's name gives ({@code 83599NED_UntypedDataSet_12062020_141055.csv} → {@code 83599NED}). */
    public static String tableOf(String fileName) {
        var matcher = TABLE_IN_NAME.matcher(fileName);
        return matcher.find() ? matcher.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** Whether {@code content} is a metadata file: it has a {@code "DataProperties"} or {@code "TableInfos"} section. */
    public static boolean isMetadata(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 200_000), StandardCharsets.UTF_8);
        return head.matches("(?s)(\uFEFF)?\\s*\"?(TableInfos|DataProperties)\"?\\s*[\r\n].*")
                || head.contains("\n\"DataProperties\"");
    }

    /** Reads a metadata file; the result holds exactly one {@link Metadata} when there are no errors. */
    public static ParseResult<Metadata> metadata(SourceFile file) {
        List<ImportError> errors = new ArrayList<>();
        int[] unclosed = new int[1];
        List<CbsCsvRecords.Record> records = CbsCsvRecords.split(CbsCsvRecords.text(file), DELIMITER, unclosed);
        if (records == null) {
            errors.add(ImportError.of(file.name(), unclosed[0], 0, Code.UNCLOSED_QUOTE));
            return new ParseResult<>(List.of(), errors, 0, 0);
        }
        Map<String, List<Map<String, String>>> sections = CbsCsvRecords.sections(records);
        if (sections.isEmpty()) {
            errors.add(ImportError.of(file.name(), 1, 0, Code.MISSING_HEADER, "DataProperties"));
            return new ParseResult<>(List.of(), errors, 0, 0);
        }
        Map<String, CbsMetadata.Property> properties = new LinkedHashMap<>();
        for (Map<String, String> row : sections.getOrDefault("DataProperties", List.of())) {
            String type = Text.blankToNull(row.get("Type"));
            String key = Text.blankToNull(row.get("Key"));
            int line = Integer.parseInt(row.get("\u0000line"));
            CbsMetadata.Kind kind = type == null ? null : switch (type) {
                case "Dimension" -> CbsMetadata.Kind.DIMENSION;
                case "TimeDimension" -> CbsMetadata.Kind.TIME_DIMENSION;
                case "GeoDimension", "GeoDetail" -> CbsMetadata.Kind.GEO_DIMENSION;
                case "Topic" -> CbsMetadata.Kind.TOPIC;
                default -> null;
            };
            if ("TopicGroup".equals(type)) {
                continue;
            }
            if (kind == null || key == null) {
                errors.add(kind == null && type != null
                        ? ImportError.of(file.name(), line, 0, Code.UNKNOWN_CODE, type, "Type")
                        : ImportError.of(file.name(), line, 0, Code.MISSING_VALUE, type == null ? "Type" : "Key"));
                continue;
            }
            String decimals = Text.blankToNull(row.get("Decimals"));
            properties.put(key, new CbsMetadata.Property(key, kind, Text.blankToNull(row.get("Title")),
                    Text.blankToNull(row.get("Unit")), decimals == null || !decimals.matches("\\d+") ? null
                    : Integer.valueOf(decimals)));
        }
        Map<String, Map<String, String>> codeLists = new HashMap<>();
        sections.forEach((name, rows) -> {
            var property = properties.get(name);
            if (property == null || property.kind() == CbsMetadata.Kind.TOPIC) {
                return;
            }
            Map<String, String> codes = new LinkedHashMap<>();
            for (Map<String, String> row : rows) {
                String key = Text.blankToNull(row.get("Key"));
                int line = Integer.parseInt(row.get("\u0000line"));
                if (key == null) {
                    errors.add(ImportError.of(file.name(), line, 0, Code.MISSING_VALUE, "Key"));
                } else if (codes.putIfAbsent(key, Objects.requireNonNullElse(Text.blankToNull(row.get("Title")), key)) != null) {
                    errors.add(ImportError.of(file.name(), line, 0, Code.DUPLICATE_ROW, name + " " + key));
                }
            }
            codeLists.put(name, codes);
        });
        String identifier = sections.getOrDefault("TableInfos", List.of()).stream()
                .map(r -> Text.blankToNull(r.get("Identifier"))).filter(Objects::nonNull).findFirst()
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).orElse(null);
        List<Metadata> result = errors.isEmpty()
                ? List.of(new Metadata(new CbsMetadata(properties, codeLists), identifier)) : List.of();
        return new ParseResult<>(result, errors, 0, 0);
    }

    /** Reads the data file into one observation per row and topic. */
    public ParseResult<RawObservation> parse(SourceFile file) {
        var run = new Run(file.name());
        CsvLines.read(file, StandardCharsets.UTF_8, run::line);
        if (run.header == null) {
            run.errors.add(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE));
        }
        return new ParseResult<>(run.rows, run.errors, run.skipped, run.missing);
    }

    private final class Run {
        private final String file;
        private final List<RawObservation> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<RawObservation.CellKey, Integer> seen = new HashMap<>();
        private List<String> header;
        private List<CbsMetadata.Kind> kinds;
        private boolean stopped;
        private int skipped;
        private int missing;

        Run(String file) {
            this.file = file;
        }

        void line(CsvLines.Line line) {
            if (stopped) {
                return;
            }
            if (line.isArtefact()) {
                skipped++;
                return;
            }
            CsvLines.Cells cells = CsvLines.split(line.text(), DELIMITER);
            if (cells.unclosedQuoteAt() > 0) {
                errors.add(ImportError.of(file, line.number(), cells.values().size(), Code.UNCLOSED_QUOTE));
                stopped = header == null;
                return;
            }
            if (header == null) {
                header(line, cells.values());
                return;
            }
            if (cells.values().size() != header.size()) {
                errors.add(ImportError.of(file, line.number(), Math.min(cells.values().size(), header.size()) + 1,
                        Code.WRONG_FIELD_COUNT, cells.values().size(), header.size()));
                return;
            }
            row(line.number(), cells.values());
        }

        private void header(CsvLines.Line line, List<String> cells) {
            header = cells.stream().map(String::strip).toList();
            if (header.size() == 1) {
                errors.add(ImportError.of(file, line.number(), 0, Code.WRONG_DELIMITER,
                        CsvTableReader.guessDelimiter(line.text())));
                stopped = true;
                return;
            }
            kinds = new ArrayList<>();
            boolean time = false;
            for (int i = 0; i < header.size(); i++) {
                String key = header.get(i);
                CbsMetadata.Kind kind = CbsColumns.kind(key, metadata);
                if (kind == null && !key.equals("ID")) {
                    errors.add(ImportError.of(file, line.number(), i + 1, Code.UNKNOWN_PROPERTY, key));
                }
                time |= kind == CbsMetadata.Kind.TIME_DIMENSION;
                kinds.add(kind);
            }
            if (!time) {
                errors.add(ImportError.of(file, line.number(), 0, Code.MISSING_HEADER, "Perioden"));
            }
            for (CbsMetadata.Property property : metadata.properties().values()) {
                if (property.kind() != CbsMetadata.Kind.TOPIC && !header.contains(property.key())) {
                    errors.add(ImportError.of(file, line.number(), 0, Code.MISSING_HEADER, property.key()));
                }
            }
            stopped = !errors.isEmpty();
        }

        private void row(int line, List<String> cells) {
            int before = errors.size();
            String region = "NL01";
            String period = null;
            Map<String, String> breakdown = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> keyColumns = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                CbsMetadata.Kind kind = kinds.get(i);
                if (kind == null || kind == CbsMetadata.Kind.TOPIC) {
                    continue;
                }
                String key = header.get(i);
                String code = cells.get(i).strip();
                if (code.isEmpty()) {
                    errors.add(ImportError.of(file, line, i + 1, Code.MISSING_VALUE, key));
                    continue;
                }
                if (!metadata.knows(key, code)) {
                    errors.add(ImportError.of(file, line, i + 1, Code.UNKNOWN_CODE, code, key));
                    continue;
                }
                keyColumns.add(key);
                metadata.title(key, code).ifPresent(title -> labels.put(key, title));
                switch (kind) {
                    case TIME_DIMENSION -> {
                        if (ODataCells.PERIOD.matcher(code).matches()) {
                            period = code;
                        } else {
                            errors.add(ImportError.of(file, line, i + 1, Code.BAD_PERIOD, code));
                        }
                    }
                    case GEO_DIMENSION -> {
                        region = RegionCodes.cbs(code);
                        if (region == null) {
                            errors.add(ImportError.of(file, line, i + 1, Code.BAD_REGION_CODE, code));
                        }
                    }
                    default -> breakdown.put(key, code);
                }
            }
            if (errors.size() > before || period == null) {
                return;
            }
            for (int i = 0; i < header.size(); i++) {
                if (kinds.get(i) == CbsMetadata.Kind.TOPIC) {
                    observation(line, i, region, period, breakdown, labels, keyColumns, cells.get(i));
                }
            }
        }

        private void observation(int line, int index, String region, String period, Map<String, String> breakdown,
                Map<String, String> labels, List<String> keyColumns, String raw) {
            String topic = header.get(index);
            String text = raw.strip();
            ObservationValue value;
            if (text.isEmpty() || text.equals(".")) {
                missing++;
                return;
            } else if (text.equalsIgnoreCase("x")) {
                value = ObservationValue.suppressed(text);
            } else {
                try {
                    value = ObservationValue.of(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    errors.add(ImportError.of(file, line, index + 1, Code.BAD_NUMBER, text, topic));
                    return;
                }
            }
            List<String> sourceColumns = new ArrayList<>(keyColumns);
            sourceColumns.add(topic);
            Map<String, String> topicLabels = new LinkedHashMap<>(labels);
            metadata.property(topic).ifPresent(p -> {
                if (p.title() != null) {
                    topicLabels.put("onderwerp", p.title());
                }
                if (p.unit() != null) {
                    topicLabels.put("eenheid", p.unit());
                }
            });
            var observation = new RawObservation(line, index + 1, region, period, topic, breakdown, value,
                    sourceColumns, topicLabels);
            Integer earlier = seen.putIfAbsent(observation.cellKey(), line);
            if (earlier != null) {
                errors.add(ImportError.of(file, line, 0, Code.DUPLICATE_ROW, "regel " + earlier));
                return;
            }
            rows.add(observation);
        }
    }

}
