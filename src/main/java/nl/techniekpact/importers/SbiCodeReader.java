package nl.techniekpact.importers;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads the KvK list of SBI codes ({@code "SBI","Omschrijving"}: one header row, every cell quoted, {@code ,} — or
 * {@code ;} or tab where the header is separated so —, Windows-1252 or UTF-8, CRLF or LF) into one {@link SbiCode}
 * per row, with the SBI 2008 section derived from the code's division ({@link SbiSections}). Columns are found by
 * name ({@code SBI}, {@code SBI-code}, {@code Code}; {@code Omschrijving}, {@code Description}).
 *
 * <p>A code must be four or five digits as text (a three-digit cell is a code whose leading zero a spreadsheet
 * dropped, and is refused rather than guessed), in a division SBI 2008 has, or KvK's {@code 0001}/{@code 0002};
 * the description must be filled; a code may occur once. All or nothing: every error is reported with line and
 * column, and a result with errors must not be stored.
 */
public final class SbiCodeReader {

    /** The KvK list is 50 kB; a file of 8 MB is no SBI list. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private static final Pattern CODE = Pattern.compile("\\d{4,5}");
    private static final List<String> CODE_NAMES = List.of("SBI", "SBI CODE", "SBICODE", "CODE");
    private static final List<String> DESCRIPTION_NAMES = List.of("OMSCHRIJVING", "OMSCHRIJVING SBI", "DESCRIPTION");

    private final Charset charset;
    private final long maxBytes;

    /**
     * @param charset  the file's encoding, or null to detect it (UTF-8 where valid, else Windows-1252)
     * @param maxBytes a larger file fails with {@link SourceTooLarge}
     */
    public SbiCodeReader(Charset charset, long maxBytes) {
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    public SbiCodeReader() {
        this(null, DEFAULT_MAX_BYTES);
    }

    public ParseResult<SbiCode> parse(SourceFile file) {
        byte[] content = BoundedSource.read(file, maxBytes);
        Charset decoding = charset != null ? charset : BoundedSource.charset(content);
        Run run = new Run(file.name(), decoding);
        CsvLines.read(BoundedSource.inMemory(file.name(), content), decoding, run::accept);
        if (run.header == null && run.errors.isEmpty()) {
            run.errors.add(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE));
        }
        return new ParseResult<>(run.rows, run.errors, run.skipped, 0);
    }

    /** The state of one parse. */
    private static final class Run {
        private final String file;
        private final Charset charset;
        private final List<SbiCode> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private List<String> header;
        private char delimiter;
        private int codeColumn = -1;
        private int descriptionColumn = -1;
        private boolean stopped;
        private int skipped;

        Run(String file, Charset charset) {
            this.file = file;
            this.charset = charset;
        }

        void accept(CsvLines.Line line) {
            if (stopped) {
                return;
            }
            if (line.isArtefact()) {
                skipped++;
                return;
            }
            if (header == null) {
                delimiter = delimiterOf(line.text());
            }
            CsvLines.Cells cells = CsvLines.checkedCells(line, file, charset, delimiter, errors);
            if (cells == null) {
                stopped = header == null;
            } else if (header == null) {
                readHeader(line.number(), cells.values());
            } else if (CsvLines.fieldCountFits(line.number(), file, cells.values().size(), header.size(), errors)) {
                readRow(line.number(), cells.values());
            }
        }

        /** The most frequent of {@code ,}, {@code ;} and tab in the header line; {@code ,} when none occurs. */
        private static char delimiterOf(String headerLine) {
            char best = ',';
            long most = 0;
            for (char candidate : new char[] {',', ';', '\t'}) {
                long count = headerLine.chars().filter(c -> c == candidate).count();
                if (count > most) {
                    best = candidate;
                    most = count;
                }
            }
            return best;
        }

        private void readHeader(int line, List<String> cells) {
            header = cells.stream().map(String::strip).toList();
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = DuoColumn.normalise(cells.get(i));
                Integer earlier = name.isEmpty() ? null : names.putIfAbsent(name, i);
                if (earlier != null) {
                    errors.add(ImportError.of(file, line, i + 1, Code.DUPLICATE_HEADER, header.get(i), earlier + 1));
                }
            }
            codeColumn = find(names, CODE_NAMES, line);
            descriptionColumn = find(names, DESCRIPTION_NAMES, line);
            stopped = !errors.isEmpty();
        }

        private int find(Map<String, Integer> names, List<String> aliases, int line) {
            for (String alias : aliases) {
                Integer index = names.get(alias);
                if (index != null) {
                    return index;
                }
            }
            errors.add(ImportError.of(file, line, 0, Code.MISSING_HEADER, aliases.getFirst()));
            return -1;
        }

        private void readRow(int line, List<String> cells) {
            String code = cells.get(codeColumn).strip();
            String description = cells.get(descriptionColumn).strip();
            int before = errors.size();
            String section = null;
            if (code.isEmpty()) {
                errors.add(ImportError.of(file, line, codeColumn + 1, Code.MISSING_VALUE, header.get(codeColumn)));
            } else {
                section = SbiSections.sectionOf(code);
                boolean known = section != null || SbiSections.WITHOUT_SECTION.contains(code);
                if (!CODE.matcher(code).matches() || !known) {
                    errors.add(ImportError.of(file, line, codeColumn + 1, Code.UNKNOWN_CODE, code,
                            header.get(codeColumn)));
                }
            }
            if (description.isEmpty()) {
                errors.add(ImportError.of(file, line, descriptionColumn + 1, Code.MISSING_VALUE,
                        header.get(descriptionColumn)));
            }
            if (errors.size() > before) {
                return;
            }
            Integer earlier = seen.putIfAbsent(code, line);
            if (earlier != null) {
                errors.add(ImportError.of(file, line, codeColumn + 1, Code.DUPLICATE_ROW, "regel " + earlier));
                return;
            }
            rows.add(new SbiCode(code, description, section));
        }
    }
}
