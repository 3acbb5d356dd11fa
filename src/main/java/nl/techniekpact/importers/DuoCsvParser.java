package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads a DUO open-data CSV file ({@code ;}-separated, one header row; years as columns, as rows, or the
 * file's own year) into one {@link RawObservation} per non-blank value cell, or per row of a register. Columns are found by header name ({@link DuoColumn}),
 * never by position. Lines holding only {@code ""} or nothing are skipped; a blank value cell is "no
 * students" and yields no row; {@code <5} yields a suppressed value. Where a file has {@code MAN}/
 * {@code VROUW}/{@code TOTAAL} columns per year, the gender columns become rows and the total is only
 * checked against their sum. DUO's year {@code 2019} (count date 1 October 2019) becomes school year
 * {@code 2019/2020}.
 *
 * <p>If the header cannot be resolved, the result holds only the header errors.
 */
public final class DuoCsvParser {

    private final DuoDataset dataset;
    private final MunicipalityCrosswalk crosswalk;
    private final Charset charset;
    private final Integer fileYear;

    /**
     * @param crosswalk when not null, every municipality code must appear in it ({@code UNKNOWN_REGION})
     * @param charset   UTF-8 for files re-encoded by a downloader; DUO serves Windows-1252
     * @param fileYear  the DUO count year ({@code 2019} for 1 October 2019) of a file whose columns name no year
     *                  (a register, values per leerjaar), or null; a file that needs it and lacks it fails with
     *                  {@code NO_SCHOOL_YEAR}
     */
    public DuoCsvParser(DuoDataset dataset, MunicipalityCrosswalk crosswalk, Charset charset, Integer fileYear) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.crosswalk = crosswalk;
        this.charset = Objects.requireNonNull(charset, "charset");
        this.fileYear = fileYear;
    }

    public DuoCsvParser(DuoDataset dataset, MunicipalityCrosswalk crosswalk, Charset charset) {
        this(dataset, crosswalk, charset, null);
    }

    public DuoCsvParser(DuoDataset dataset) {
        this(dataset, null, StandardCharsets.UTF_8);
    }

    /** DUO's municipality number beside the name "ONBEKEND": the row counts for the Netherlands only. */
    static final String UNKNOWN_MUNICIPALITY = "9999";

    public ParseResult<RawObservation> parse(SourceFile file) {
        var run = new Run(file.name());
        CsvLines.read(file, charset, run::accept);
        if (run.header == null && run.errors.isEmpty()) {
            run.errors.add(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE));
        }
        return new ParseResult<>(run.rows, run.errors, run.skipped, run.missing);
    }

    static String schoolYear(int year) {
        return year + "/" + (year + 1);
    }

    /** The state of one parse; not shared between calls. */
    private final class Run {
        private final String file;
        private final List<RawObservation> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<List<Object>, Integer> seenRows = new HashMap<>();
        private DuoHeader header;
        private boolean headerFailed;
        private int skipped;
        private int missing;

        Run(String file) {
            this.file = file;
        }

        void accept(CsvLines.Line line) {
            if (headerFailed) {
                return;
            }
            if (line.isArtefact()) {
                skipped++;
                return;
            }
            CsvLines.Cells cells = CsvLines.checkedCells(line, file, charset, ';', errors);
            if (cells == null) {
                headerFailed = header == null;
                return;
            }
            if (header == null) {
                readHeader(line, cells.values());
            } else {
                readRow(line, cells.values());
            }
        }

        private void readHeader(CsvLines.Line line, List<String> cells) {
            if (cells.size() == 1 && (line.text().contains(",") || line.text().contains("\t"))) {
                String found = line.text().contains("\t") ? "tab" : ",";
                errors.add(ImportError.of(file, line.number(), 0, Code.WRONG_DELIMITER, found));
                headerFailed = true;
                return;
            }
            DuoHeader resolved = DuoHeader.resolve(file, line, cells, dataset, fileYear);
            errors.addAll(resolved.errors());
            headerFailed = !resolved.errors().isEmpty();
            header = resolved;
        }

        private void readRow(CsvLines.Line line, List<String> cells) {
            int expected = header.names().size();
            if (cells.size() != expected) {
                errors.add(ImportError.of(file, line.number(), Math.min(cells.size(), expected) + 1,
                        Code.WRONG_FIELD_COUNT, cells.size(), expected));
                return;
            }
            int errorsBefore = errors.size();
            String region = region(line, cells);
            Map<String, String> breakdown = new LinkedHashMap<>();
            breakdown.put("niveau", dataset.niveau());
            List<String> keyColumns = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (var entry : header.columns().entrySet()) {
                DuoColumn column = entry.getKey();
                int index = entry.getValue();
                String value = cells.get(index).strip();
                if (column.role() == DuoColumn.Role.YEAR) {
                    continue;
                }
                if (column.role() == DuoColumn.Role.LABEL) {
                    if (!value.isEmpty()) {
                        labels.put(column.key(), value);
                    }
                } else if (column.role() == DuoColumn.Role.BREAKDOWN) {
                    keyColumns.add(header.name(index));
                    String normalised = breakdownValue(line, index, column, value);
                    if (normalised != null) {
                        breakdown.put(column.key(), normalised);
                    }
                } else {
                    keyColumns.addFirst(header.name(index));
                }
            }
            Integer rowYear = rowYear(line, cells);
            Integer earlier = seenRows.putIfAbsent(Arrays.asList(region, breakdown, rowYear), line.number());
            if (earlier != null) {
                errors.add(ImportError.of(file, line.number(), 0, Code.DUPLICATE_ROW, "regel " + earlier));
            }
            if (rowYear == null) {
                return;
            }
            List<RawObservation> found = new DuoValues(file, line, cells, header, errors)
                    .read(region, dataset.measure(), breakdown, keyColumns, labels, rowYear);
            missing += (int) found.stream().filter(Objects::isNull).count();
            if (errors.size() == errorsBefore) {
                found.stream().filter(Objects::nonNull).forEach(rows::add);
            }
        }

        /** The row's year (years as rows), else the file's; null after a {@code BAD_YEAR}. */
        private Integer rowYear(CsvLines.Line line, List<String> cells) {
            Integer index = header.columns().get(DuoColumn.JAAR);
            if (index == null) {
                // 0 only where every value column names its own year: the header refused the file otherwise.
                return header.fileYear() == null ? 0 : header.fileYear();
            }
            String raw = cells.get(index).strip();
            if (!raw.matches("(19|20)\\d{2}")) {
                errors.add(ImportError.of(file, line.number(), index + 1, Code.BAD_YEAR, raw));
                return null;
            }
            return Integer.parseInt(raw);
        }

        private String region(CsvLines.Line line, List<String> cells) {
            Integer index = header.columns().get(DuoColumn.GEMEENTENUMMER);
            if (index == null) {
                return null;
            }
            String raw = cells.get(index).strip();
            Integer name = header.columns().get(DuoColumn.GEMEENTENAAM);
            if (raw.equals(UNKNOWN_MUNICIPALITY) && name != null && cells.get(name).strip().equalsIgnoreCase("ONBEKEND")) {
                return null;
            }
            String code = RegionCodes.municipality(raw);
            if (raw.isEmpty()) {
                errors.add(ImportError.of(file, line.number(), index + 1, Code.MISSING_VALUE, header.name(index)));
            } else if (code == null) {
                errors.add(ImportError.of(file, line.number(), index + 1, Code.BAD_REGION_CODE, raw));
            } else if (crosswalk != null && !crosswalk.contains(code)) {
                errors.add(ImportError.of(file, line.number(), index + 1, Code.UNKNOWN_REGION, code));
            }
            return code;
        }

        private String breakdownValue(CsvLines.Line line, int index, DuoColumn column, String value) {
            boolean required = dataset.layout().nonBlank(column);
            if (value.isEmpty()) {
                if (required) {
                    errors.add(ImportError.of(file, line.number(), index + 1, Code.MISSING_VALUE, header.name(index)));
                }
                return null;
            }
            if (column == DuoColumn.GESLACHT) {
                String gender = switch (value.toLowerCase(Locale.ROOT)) {
                    case "man", "m" -> "man";
                    case "vrouw", "v" -> "vrouw";
                    default -> null;
                };
                if (gender == null) {
                    errors.add(ImportError.of(file, line.number(), index + 1, Code.UNKNOWN_CODE, value,
                            header.name(index)));
                }
                return gender;
            }
            return value;
        }
    }

    /** Parses {@code cell} as a count: a non-negative Dutch number; null (and an error) otherwise. */
    static BigDecimal count(String cell) {
        BigDecimal number = DutchNumbers.parse(cell);
        return number == null || number.signum() < 0 ? null : number;
    }
}
