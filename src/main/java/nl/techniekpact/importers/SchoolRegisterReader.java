package nl.techniekpact.importers;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SchoolLocation.HolidayRegion;
import nl.techniekpact.importers.SchoolLocation.Level;

/**
 * Reads a DUO school register ({@code ;}-separated, one header row, columns by name — see
 * {@link SchoolRegisterColumn} for every spelling) into one {@link SchoolLocation} per row: the location registers
 * "02. Alle schoolvestigingen basisonderwijs" and "02. Alle vestigingen vo", and the registers of institutions
 * "01. Adressen hoofdvestigingen" and "01. Adressen mbo-instellingen", in the current layout
 * ({@code INSTELLINGSCODE}, {@code VESTIGINGSCODE}) and the older one ({@code BRIN NUMMER},
 * {@code VESTIGINGSNUMMER}).
 *
 * <p>Rules: the institution code (2 digits, 2 letters or digits), the name, and the location code where the file
 * has a location column must be filled; every other field may be blank (DUO leaves the address of some locations
 * empty). A location code is the 6-character code, which must begin with the row's institution code, or a 1- or
 * 2-digit sequence number, which is appended to the institution code ({@code 00AH} + {@code 0} →
 * {@code 00AH00}). A postcode must be a Dutch postcode ({@link PostcodeFormat}), a municipality number 1 to 4 digits
 * (padded to 4), a holiday region {@code Noord}, {@code Midden} or {@code Zuid}, and every school type in
 * {@code ONDERWIJSSTRUCTUUR} one of VBO, MAVO, VMBO, HAVO, VWO, PRO. A location code (for a register of
 * institutions: an institution code) may occur once.
 *
 * <p>The file is all or nothing: every error is reported with file, line and column, and a result with errors must
 * not be stored. Encoding: UTF-8 (with or without byte-order mark) where the file is valid UTF-8, else
 * Windows-1252, in which DUO serves its files — unless the caller names one.
 */
public final class SchoolRegisterReader {

    /** Which register a file is; decides the levels of its rows. */
    public enum Sector { PO, VO, MBO }

    /** DUO's registers are 2 MB; 64 MB leaves room for any register while keeping a wrong file out of memory. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern INSTITUTION = Pattern.compile("\\d{2}[A-Z0-9]{2}");
    private static final Pattern SEQUENCE = Pattern.compile("\\d{1,2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{1,4}");

    private final Sector sector;
    private final Charset charset;
    private final long maxBytes;

    /**
     * @param sector   the register the caller says the file is, or null to detect it from the header
     *                 ({@link SchoolRegisterHeader})
     * @param charset  the file's encoding, or null to detect it
     * @param maxBytes a larger file fails with {@link SourceTooLarge} before anything is parsed
     */
    public SchoolRegisterReader(Sector sector, Charset charset, long maxBytes) {
        this.sector = sector;
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    public SchoolRegisterReader(Sector sector) {
        this(sector, null, DEFAULT_MAX_BYTES);
    }

    /** Detects the sector and the encoding. */
    public SchoolRegisterReader() {
        this(null);
    }

    public ParseResult<SchoolLocation> parse(SourceFile file) {
        byte[] content = BoundedSource.read(file, maxBytes);
        Run run = new Run(file.name(), charset != null ? charset : BoundedSource.charset(content));
        CsvLines.read(BoundedSource.inMemory(file.name(), content), run.charset, run::accept);
        if (run.header == null && run.errors.isEmpty()) {
            run.errors.add(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE));
        }
        return new ParseResult<>(run.rows, run.errors, run.skipped, 0);
    }

    /** The state of one parse. */
    private final class Run {
        private final String file;
        private final Charset charset;
        private final List<SchoolLocation> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private SchoolRegisterHeader header;
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
            CsvLines.Cells cells = CsvLines.checkedCells(line, file, charset, ';', errors);
            if (cells == null) {
                stopped = header == null;
            } else if (header == null) {
                readHeader(line, cells.values());
            } else if (CsvLines.fieldCountFits(line.number(), file, cells.values().size(), header.names().size(),
                    errors)) {
                readRow(line.number(), cells.values());
            }
        }

        private void readHeader(CsvLines.Line line, List<String> cells) {
            if (cells.size() == 1 && (line.text().contains(",") || line.text().contains("\t"))) {
                errors.add(ImportError.of(file, line.number(), 0, Code.WRONG_DELIMITER,
                        line.text().contains("\t") ? "tab" : ","));
                stopped = true;
                return;
            }
            header = SchoolRegisterHeader.resolve(file, line.number(), cells, sector);
            errors.addAll(header.errors());
            stopped = !header.errors().isEmpty();
        }

        private void readRow(int line, List<String> cells) {
            int before = errors.size();
            Cell institutionCell = new Cell(line, cells, SchoolRegisterColumn.INSTITUTION);
            String institution = institutionCell.required();
            if (institution != null) {
                institution = institution.toUpperCase(Locale.ROOT);
                if (!INSTITUTION.matcher(institution).matches()) {
                    institutionCell.unknown(institution);
                    institution = null;
                }
            }
            Cell locationCell = new Cell(line, cells, SchoolRegisterColumn.LOCATION);
            String location = locationCell.present() ? location(locationCell, institution) : null;
            String name = new Cell(line, cells, SchoolRegisterColumn.NAME).required();
            String postcode = postcode(new Cell(line, cells, SchoolRegisterColumn.POSTCODE));
            String municipality = municipality(new Cell(line, cells, SchoolRegisterColumn.MUNICIPALITY_CODE));
            HolidayRegion holidayRegion = holidayRegion(new Cell(line, cells, SchoolRegisterColumn.HOLIDAY_REGION));
            Set<Level> levels = levels(new Cell(line, cells, SchoolRegisterColumn.STRUCTURE));
            if (errors.size() > before) {
                return;
            }
            Cell keyCell = locationCell.present() ? locationCell : institutionCell;
            String key = location != null ? location : institution;
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                errors.add(ImportError.of(file, line, keyCell.column(), Code.DUPLICATE_ROW, "regel " + earlier));
                return;
            }
            rows.add(new SchoolLocation(line, institution, location, name, text(line, cells, SchoolRegisterColumn.STREET),
                    text(line, cells, SchoolRegisterColumn.HOUSE_NUMBER), postcode,
                    text(line, cells, SchoolRegisterColumn.PLACE), municipality,
                    text(line, cells, SchoolRegisterColumn.MUNICIPALITY_NAME),
                    text(line, cells, SchoolRegisterColumn.PROVINCE), text(line, cells, SchoolRegisterColumn.WEBSITE),
                    text(line, cells, SchoolRegisterColumn.PHONE), text(line, cells, SchoolRegisterColumn.DENOMINATION),
                    holidayRegion, levels));
        }

        private String location(Cell cell, String institution) {
            String raw = cell.required();
            if (raw == null || institution == null) {
                return null;
            }
            String value = raw.toUpperCase(Locale.ROOT);
            if (SEQUENCE.matcher(value).matches()) {
                return institution + (value.length() == 1 ? "0" : "") + value;
            }
            if (value.length() == 6 && value.startsWith(institution) && SEQUENCE.matcher(value.substring(4)).matches()) {
                return value;
            }
            cell.unknown(raw);
            return null;
        }

        private String postcode(Cell cell) {
            String raw = cell.value();
            if (raw == null) {
                return null;
            }
            String postcode = PostcodeFormat.normalise(raw);
            if (postcode == null) {
                cell.unknown(raw);
            }
            return postcode;
        }

        private String municipality(Cell cell) {
            String raw = cell.value();
            if (raw == null) {
                return null;
            }
            if (!MUNICIPALITY.matcher(raw).matches()) {
                errors.add(ImportError.of(file, cell.line, cell.column(), Code.BAD_REGION_CODE, raw));
                return null;
            }
            return "0".repeat(4 - raw.length()) + raw;
        }

        private HolidayRegion holidayRegion(Cell cell) {
            String raw = cell.value();
            if (raw == null) {
                return null;
            }
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "noord" -> HolidayRegion.NOORD;
                case "midden" -> HolidayRegion.MIDDEN;
                case "zuid" -> HolidayRegion.ZUID;
                default -> {
                    cell.unknown(raw);
                    yield null;
                }
            };
        }

        private Set<Level> levels(Cell structure) {
            return switch (header.sector()) {
                case PO -> Set.of(Level.PO);
                case MBO -> Set.of(Level.MBO);
                case VO -> schoolTypes(structure);
            };
        }

        /** {@code VBO/MAVO} → VMBO; {@code VMBO/HAVO/VWO} → VMBO, HAVO, VWO; blank → none. */
        private Set<Level> schoolTypes(Cell cell) {
            String raw = cell.value();
            Set<Level> levels = EnumSet.noneOf(Level.class);
            if (raw == null) {
                return levels;
            }
            for (String part : raw.split("/")) {
                Level level = switch (part.strip().toUpperCase(Locale.ROOT)) {
                    case "VBO", "MAVO", "VMBO" -> Level.VMBO;
                    case "HAVO" -> Level.HAVO;
                    case "VWO" -> Level.VWO;
                    case "PRO" -> Level.PRO;
                    default -> null;
                };
                if (level == null) {
                    cell.unknown(part.strip());
                } else {
                    levels.add(level);
                }
            }
            return levels;
        }

        private String text(int line, List<String> cells, SchoolRegisterColumn column) {
            return new Cell(line, cells, column).value();
        }

        /** One cell of a row, by column; absent when the file has no such column. */
        private final class Cell {
            private final int line;
            private final Integer index;
            private final String value;

            Cell(int line, List<String> cells, SchoolRegisterColumn column) {
                this.line = line;
                this.index = header.index(column);
                String raw = index == null ? "" : cells.get(index).strip();
                this.value = raw.isEmpty() ? null : raw;
            }

            boolean present() {
                return index != null;
            }

            int column() {
                return index == null ? 0 : index + 1;
            }

            /** Trimmed, null when blank or absent. */
            String value() {
                return value;
            }

            /** The value, or null with {@code MISSING_VALUE} reported. */
            String required() {
                if (value == null) {
                    errors.add(ImportError.of(file, line, column(), Code.MISSING_VALUE, header.name(index)));
                }
                return value;
            }

            void unknown(String raw) {
                errors.add(ImportError.of(file, line, column(), Code.UNKNOWN_CODE, raw, header.name(index)));
            }
        }
    }
}
