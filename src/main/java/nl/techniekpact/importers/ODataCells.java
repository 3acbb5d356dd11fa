package nl.techniekpact.importers;

import java.util.List;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Checks shared by the CBS OData v3 and v4 parsers for one dimension cell: a code present and known to the
 * metadata, a CBS period code, a CBS region code. Each adds its error (with the cell's position) to
 * {@code errors} and answers null when the cell is not usable.
 */
final class ODataCells {

    static final Pattern PERIOD = Pattern.compile("\\d{4}(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2]))");

    private ODataCells() {
    }

    static String code(List<ImportError> errors, String file, CbsMetadata metadata, String key,
                       JsonDocument.Cell cell) {
        String code = cell.text() == null ? null : cell.text().strip();
        if (code == null || code.isEmpty()) {
            errors.add(ImportError.of(file, cell.line(), cell.column(), Code.MISSING_VALUE, key));
            return null;
        }
        if (!metadata.knows(key, code)) {
            errors.add(ImportError.of(file, cell.line(), cell.column(), Code.UNKNOWN_CODE, code, key));
            return null;
        }
        return code;
    }

    static String period(List<ImportError> errors, String file, JsonDocument.Cell cell, String code) {
        if (!PERIOD.matcher(code).matches()) {
            errors.add(ImportError.of(file, cell.line(), cell.column(), Code.BAD_PERIOD, code));
            return null;
        }
        return code;
    }

    static String region(List<ImportError> errors, String file, JsonDocument.Cell cell, String code) {
        String region = RegionCodes.cbs(code);
        if (region == null) {
            errors.add(ImportError.of(file, cell.line(), cell.column(), Code.BAD_REGION_CODE, code));
        }
        return region;
    }
}
