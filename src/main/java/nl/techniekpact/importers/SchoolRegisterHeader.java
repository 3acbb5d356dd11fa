package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SchoolRegisterReader.Sector;

/**
 * The header row of a school register resolved by name, and the sector the file is: the one the caller named,
 * else {@code VO} where the header has {@code ONDERWIJSSTRUCTUUR}, {@code MBO} where it has
 * {@code MBO INSTELLINGSSOORT}, otherwise {@code PO}.
 *
 * @param columns 0-based index of each column found
 * @param names   every header cell as written (trimmed), for messages
 */
record SchoolRegisterHeader(Map<SchoolRegisterColumn, Integer> columns, List<String> names, Sector sector,
        List<ImportError> errors) {

    static SchoolRegisterHeader resolve(String file, int line, List<String> cells, Sector requested) {
        Map<SchoolRegisterColumn, Integer> columns = new EnumMap<>(SchoolRegisterColumn.class);
        Map<SchoolRegisterColumn, Integer> ranks = new EnumMap<>(SchoolRegisterColumn.class);
        Map<String, Integer> seen = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = DuoColumn.normalise(cells.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                errors.add(ImportError.of(file, line, i + 1, Code.DUPLICATE_HEADER, cells.get(i).strip(), earlier + 1));
                continue;
            }
            for (SchoolRegisterColumn column : SchoolRegisterColumn.values()) {
                int rank = column.rank(name);
                if (rank >= 0 && rank < ranks.getOrDefault(column, Integer.MAX_VALUE)) {
                    ranks.put(column, rank);
                    columns.put(column, i);
                }
            }
        }
        Sector sector = requested != null ? requested
                : columns.containsKey(SchoolRegisterColumn.STRUCTURE) ? Sector.VO
                : columns.containsKey(SchoolRegisterColumn.MBO_KIND) ? Sector.MBO
                : Sector.PO;
        List<SchoolRegisterColumn> required = new ArrayList<>(
                List.of(SchoolRegisterColumn.INSTITUTION, SchoolRegisterColumn.NAME));
        if (sector == Sector.VO) {
            required.add(SchoolRegisterColumn.STRUCTURE);
        }
        for (SchoolRegisterColumn column : required) {
            if (!columns.containsKey(column)) {
                errors.add(ImportError.of(file, line, 0, Code.MISSING_HEADER, column.displayName()));
            }
        }
        return new SchoolRegisterHeader(columns, cells.stream().map(String::strip).toList(), sector, errors);
    }

    Integer index(SchoolRegisterColumn column) {
        return columns.get(column);
    }

    String name(int index) {
        return names.get(index);
    }
}
