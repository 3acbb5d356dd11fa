package nl.techniekpact.importers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads one Regioatlas 2016 division file ({@code "Gemeente";"CBS";"<region>";"Inwoneraantal van regio"}: UTF-8
 * with or without a byte-order mark, {@code ;}, quoted): one row per municipality and region. Which division the
 * file holds is read from its region column's header. A municipality may appear in several regions (De Fryske
 * Marren in four vo partnerships): the rows are all returned, the caller decides (ADR 0009).
 */
public final class RegionDivisionReader {

    /** The divisions the monitor can use, by the header of the file's region column. */
    public enum Division {
        RMC_REGION("rmc-regio"), SWV_VO("passend onderwijs - voortgezet onderwijs"),
        SWV_PO("passend onderwijs - primair onderwijs");

        private final String header;

        Division(String header) {
            this.header = header;
        }

        static Division ofHeader(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (Division division : values()) {
                if (wanted.startsWith(division.header)) {
                    return division;
                }
            }
            return null;
        }

        static String known() {
            return "RMC-regio's, Passend Onderwijs - Voortgezet Onderwijs, Passend Onderwijs - Primair Onderwijs";
        }
    }

    /**
     * One row: {@code municipalityCode} as {@code GM0363} (from the 1-based {@code column}), {@code regionCode} as
     * ADR 0009 gives it.
     */
    public record Assignment(int line, int column, Division division, String municipalityCode, String municipalityName,
                             String regionCode, String regionName) {
    }

    private final String file;
    private final List<Assignment> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private Division division;
    private int codeColumn = -1;
    private int nameColumn = -1;
    private int regionColumn = -1;
    private int headerSize;
    private boolean headerRead;
    private boolean stopped;
    private int skipped;

    private RegionDivisionReader(String file) {
        this.file = file;
    }

    public static ParseResult<Assignment> parse(SourceFile file) {
        RegionDivisionReader reader = new RegionDivisionReader(file.name());
        CsvLines.read(file, StandardCharsets.UTF_8, reader::accept);
        if (!reader.headerRead && reader.errors.isEmpty()) {
            reader.errors.add(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE));
        }
        return new ParseResult<>(reader.rows, reader.errors, reader.skipped, 0);
    }

    private void accept(CsvLines.Line line) {
        if (stopped) {
            return;
        }
        if (line.isArtefact()) {
            skipped++;
            return;
        }
        if (line.badCharacterColumn() > 0) {
            errors.add(ImportError.of(file, line.number(), line.badCharacterColumn(), Code.BAD_ENCODING, "UTF-8"));
            stopped = !headerRead;
            return;
        }
        CsvLines.Cells cells = CsvLines.split(line.text(), ';');
        if (cells.unclosedQuoteAt() > 0) {
            errors.add(ImportError.of(file, line.number(), cells.unclosedQuoteAt(), Code.UNCLOSED_QUOTE));
            stopped = !headerRead;
        } else if (!headerRead) {
            header(line, cells.values());
        } else if (cells.values().size() != headerSize) {
            errors.add(ImportError.of(file, line.number(), Math.min(cells.values().size(), headerSize) + 1,
                    Code.WRONG_FIELD_COUNT, cells.values().size(), headerSize));
        } else {
            row(line, cells.values());
        }
    }

    private void header(CsvLines.Line line, List<String> cells) {
        headerRead = true;
        headerSize = cells.size();
        if (cells.size() == 1 && line.text().contains(",")) {
            errors.add(ImportError.of(file, line.number(), 0, Code.WRONG_DELIMITER, ","));
            stopped = true;
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            Division found = Division.ofHeader(name);
            if (name.equals("cbs")) {
                codeColumn = i;
            } else if (name.equals("gemeente")) {
                nameColumn = i;
            } else if (found != null && division == null) {
                division = found;
                regionColumn = i;
            }
        }
        if (codeColumn < 0) {
            errors.add(ImportError.of(file, line.number(), 0, Code.MISSING_HEADER, "CBS"));
        }
        if (division == null) {
            String others = String.join("; ", cells.stream().map(String::strip)
                    .filter(c -> !c.equalsIgnoreCase("cbs") && !c.equalsIgnoreCase("gemeente")).toList());
            errors.add(ImportError.of(file, line.number(), 0, Code.UNKNOWN_DATASET, others.isEmpty() ? "(geen)" : others,
                    Division.known()));
        }
        stopped = !errors.isEmpty();
    }

    private void row(CsvLines.Line line, List<String> cells) {
        String number = cells.get(codeColumn).strip();
        String region = cells.get(regionColumn).strip();
        if (number.isEmpty()) {
            errors.add(ImportError.of(file, line.number(), codeColumn + 1, Code.MISSING_VALUE, "CBS"));
            return;
        }
        if (!number.matches("\\d{1,4}")) {
            errors.add(ImportError.of(file, line.number(), codeColumn + 1, Code.BAD_REGION_CODE, number));
            return;
        }
        if (region.isEmpty()) {
            errors.add(ImportError.of(file, line.number(), regionColumn + 1, Code.MISSING_VALUE, division.header));
            return;
        }
        String code = switch (division) {
            case RMC_REGION -> RegionDivisionCodes.rmc(region).orElse(null);
            case SWV_VO -> RegionDivisionCodes.isPartnership(region, "VO") ? region : null;
            case SWV_PO -> RegionDivisionCodes.isPartnership(region, "PO") ? region : null;
        };
        if (code == null) {
            errors.add(division == Division.RMC_REGION
                    ? ImportError.of(file, line.number(), regionColumn + 1, Code.UNKNOWN_CODE, region, "RMC-regio")
                    : ImportError.of(file, line.number(), regionColumn + 1, Code.BAD_REGION_CODE, region));
            return;
        }
        String municipality = "GM" + "0".repeat(4 - number.length()) + number;
        Integer earlier = seen.putIfAbsent(municipality + "@" + code, line.number());
        if (earlier != null) {
            errors.add(ImportError.of(file, line.number(), 0, Code.DUPLICATE_ROW, "regel " + earlier));
            return;
        }
        String name = nameColumn < 0 ? null : cells.get(nameColumn).strip();
        rows.add(new Assignment(line.number(), codeColumn + 1, division, municipality, name == null || name.isEmpty() ? null : name,
                code, division == Division.RMC_REGION ? region : null));
    }
}
