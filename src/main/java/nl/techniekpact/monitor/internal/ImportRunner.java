package nl.techniekpact.monitor.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.importers.ColumnMapping;
import nl.techniekpact.importers.MappedTableParser;
import nl.techniekpact.importers.DuoCsvParser;
import nl.techniekpact.importers.DuoDataset;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.MunicipalityCrosswalk;
import nl.techniekpact.importers.MunicipalityRegions;
import nl.techniekpact.importers.ParseResult;
import nl.techniekpact.importers.RawObservation;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.pact.Landsdelen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs one import inside the caller's transaction: parse, check every region against the geographies, turn
 * rows into cells, store them. Any error throws {@link ImportFailed}, so the transaction rolls back and
 * nothing of the file is kept.
 */
@Component
class ImportRunner {

    private final ObservationWriter writer;
    private final Crosswalks crosswalks;
    private final ImportJobStore jobs;
    private final JdbcClient jdbc;
    private final BoundaryImport boundaries;
    private final RegionDivisions regionDivisions;
    private final Landsdelen landsdelen;
    private final CbsImports cbs;

    ImportRunner(ObservationWriter writer, Crosswalks crosswalks, ImportJobStore jobs, JdbcClient jdbc,
                 BoundaryImport boundaries, RegionDivisions regionDivisions, Landsdelen landsdelen, CbsImports cbs) {
        this.landsdelen = landsdelen;
        this.cbs = cbs;
        this.boundaries = boundaries;
        this.regionDivisions = regionDivisions;
        this.writer = writer;
        this.crosswalks = crosswalks;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    /** DUO datasets by the names the API uses. */
    static final Map<String, DuoDataset> DUO_DATASETS = java.util.Arrays.stream(DuoDataset.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(DuoDataset::code, d -> d));

    @Transactional(propagation = Propagation.MANDATORY)
    void run(long job, ImportRequest request) {
        ImportRequest.File first = request.files().getFirst();
        switch (request.format()) {
            case CROSSWALK -> crosswalk(job, first);
            case DUO -> duo(job, request, first);
            case CBS_ODATA3 -> store(job, cbs.odata(request, false));
            case CBS_ODATA4 -> store(job, cbs.odata(request, true));
            case CBS_CSV -> store(job, cbs.csv(request));
            case CSV, XLSX -> mapped(job, request, first);
            case BOUNDARIES -> {
                ObservationWriter.Counts counts = boundaries.run(job, request);
                jobs.finishInTransaction(job, counts.inserted() + counts.revised() + counts.unchanged(), counts,
                        "Grenzen: " + counts.inserted() + " nieuw, " + counts.revised() + " gewijzigd, "
                                + counts.unchanged() + " ongewijzigd");
            }
            case REGION_DIVISION -> {
                RegionDivisions.Outcome outcome = regionDivisions.run(job, request);
                jobs.finishInTransaction(job, outcome.rowsRead(), outcome.counts(), outcome.message());
            }
        }
    }

    private void crosswalk(long job, ImportRequest.File file) {
        ParseResult<MunicipalityRegions> parsed = MunicipalityCrosswalk.parse(source(file));
        failOnErrors(parsed.errors(), parsed.rows().size());
        if (parsed.rows().isEmpty()) {
            throw new ImportFailed(List.of(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE)), 0);
        }
        Map<String, List<String>> tp = new LinkedHashMap<>();
        for (Landsdelen.Landsdeel landsdeel : landsdelen.all()) {
            if (FixedGeographies.DERIVABLE_TP_LANDSDELEN.contains(landsdeel.code())
                    && !landsdeel.provinceCodes().isEmpty()) {
                tp.put(landsdeel.code(), landsdeel.provinceCodes());
            }
        }
        Crosswalks.Counts counts = crosswalks.write(parsed.rows(), job, tp);
        jobs.finishInTransaction(job, parsed.rows().size(),
                new ObservationWriter.Counts(counts.added(), counts.removed(), counts.unchanged()),
                "Gemeente-indeling: " + counts.added() + " lidmaatschappen toegevoegd, " + counts.removed()
                        + " verwijderd, " + counts.unchanged() + " ongewijzigd");
    }

    private void duo(long job, ImportRequest request, ImportRequest.File file) {
        DuoDataset dataset = duoDataset(request, file);
        if (!crosswalks.loaded()) {
            throw new ImportFailed(List.of(ImportError.of(file.name(), 0, 0, Code.NO_CROSSWALK)), 0);
        }
        Set<String> municipalities = crosswalks.municipalityCodes();
        ParseResult<RawObservation> parsed = new DuoCsvParser(dataset, MunicipalityCrosswalk.ofCodes(municipalities),
                nl.techniekpact.importers.Encodings.utf8OrWindows1252(file.content()), DuoFiles.year(file.name(), request.retrievedOn())).parse(source(file));
        failOnErrors(parsed.errors(), parsed.rows().size());
        boolean byPlace = dataset == DuoDataset.MBO_DEELNEMERS || dataset == DuoDataset.VO_ONDERWIJSTYPE;
        DuoPlaces places = byPlace ? new DuoPlaces(crosswalks, jdbc) : null;
        DuoCells cells = new DuoCells(dataset, new RegionFanOut(crosswalks),
                dataset == DuoDataset.PO_LEERLINGEN ? newestPeriods() : Map.of());
        Map<String, Integer> unplaced = new java.util.TreeMap<>();
        int unknownMunicipality = 0;
        for (RawObservation row : parsed.rows()) {
            String region = row.regionCode();
            String province = null;
            if (byPlace) {
                province = places.province(row.labels().get("provincie"));
                int year = nl.techniekpact.monitor.Period.parse(row.period()).orElseThrow().classificationYear();
                region = places.municipality(row.labels().get("plaatsnaam"), province, year);
                if (region == null) {
                    unplaced.merge(row.labels().getOrDefault("plaatsnaam", "?"), 1, Integer::sum);
                }
            } else if (region == null) {
                unknownMunicipality++;
            }
            cells.add(row, region, province);
        }
        List<String> notes = new ArrayList<>();
        if (!unplaced.isEmpty()) {
            notes.add(DuoFiles.message("monitor.import.duo.unplaced", String.join(", ", unplaced.keySet())));
        }
        if (unknownMunicipality > 0) {
            notes.add(DuoFiles.message("monitor.import.duo.unknown-municipality", unknownMunicipality));
        }
        store(job, withZeros(cells.cells()), parsed.rows().size(), notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** Per municipality, the school year of the newest classification that has it. */
    private Map<String, String> newestPeriods() {
        Map<String, String> periods = new HashMap<>();
        jdbc.sql("""
                select m.code, max(gm.year) from geography_membership gm join geography m on m.id = gm.municipality_id
                 group by m.code""")
                .query((rs, n) -> periods.put(rs.getString(1), rs.getInt(2) + "/" + (rs.getInt(2) + 1))).list();
        return periods;
    }

    /**
     * DUO files are complete registers: a region without a single row in a period had no students, not unknown
     * ones. For every count indicator and period, each region of that year's crosswalk (province, labour-market
     * region, COROP, landsdeel) without a cell gets an explicit 0, as the total cell, so it never answers a
     * question about one breakdown. Municipalities get none: a code may not have existed yet in that year.
     */
    private List<Cell> withZeros(List<Cell> cells) {
        Set<String> counts = Set.copyOf(jdbc.sql("select code from indicator where kind = 'COUNT'").query(String.class).list());
        Map<String, Set<String>> present = new HashMap<>();
        for (Cell cell : cells) {
            present.computeIfAbsent(cell.indicator() + "|" + cell.period(), k -> new java.util.HashSet<>()).add(cell.region());
        }
        List<Cell> all = new ArrayList<>(cells);
        Map<Integer, Set<String>> regionsByYear = new HashMap<>();
        for (var entry : present.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            if (!counts.contains(key[0])) {
                continue;
            }
            int year = nl.techniekpact.monitor.Period.parse(key[1]).orElseThrow().classificationYear();
            Set<String> regions = regionsByYear.computeIfAbsent(year, y -> {
                Set<String> codes = new java.util.TreeSet<>();
                crosswalks.year(y).parents().values().forEach(codes::addAll);
                return codes;
            });
            for (String region : regions) {
                if (!entry.getValue().contains(region)) {
                    all.add(new Cell(key[0], region, key[1], nl.techniekpact.monitor.Breakdown.TOTAL, 0.0, null, null, 0,
                            true));
                }
            }
        }
        return all;
    }

    /** The municipality named like the place, if exactly one code carries that name (newest first). */
    static String placeToMunicipality(String place, Map<String, List<String>> byName) {
        if (place == null) {
            return null;
        }
        String name = Crosswalks.normaliseName(place);
        List<String> codes = byName.get(name);
        if ((codes == null || codes.isEmpty()) && name.matches(".+ [A-Z]{1,3}")) {
            // DUO writes the province as a short suffix where names repeat: "EDE GLD", "HENGELO OV".
            codes = byName.get(name.substring(0, name.lastIndexOf(' ')));
        }
        return codes == null || codes.isEmpty() ? null : codes.getFirst();
    }

    private DuoDataset duoDataset(ImportRequest request, ImportRequest.File file) {
        String name = request.dataset();
        if (name == null || name.isBlank()) {
            name = guessDuoDataset(file);
        }
        DuoDataset dataset = name == null ? null : DUO_DATASETS.get(name.strip().toLowerCase(Locale.ROOT));
        if (dataset == null) {
            throw new ImportFailed(List.of(ImportError.of(file.name(), 0, 0, Code.UNKNOWN_DATASET,
                    name == null ? "(geen)" : name, String.join(", ", DUO_DATASETS.keySet().stream().sorted().toList()))),
                    0);
        }
        return dataset;
    }

    private static String guessDuoDataset(ImportRequest.File file) {
        return DuoFiles.guessDataset(file.name(), file.content());
    }

    /**
     * A CSV or xlsx table read with its column mapping: counts for a COUNT indicator, numerators and denominators
     * (the mapping names a denominator column) for a SHARE. A table of municipalities only is summed to every
     * region above them through the crosswalk; a table that names other regions is stored as given (it carries
     * its own totals).
     */
    private void mapped(long job, ImportRequest request, ImportRequest.File file) {
        ParseResult<ColumnMapping> mapping = ColumnMapping.parse(request.mapping());
        failOnErrors(mapping.errors(), 0);
        boolean share = mapping.rows().getFirst().isShare();
        ParseResult<RawObservation> parsed = new MappedTableParser(mapping.rows().getFirst()).parse(source(file));
        failOnErrors(parsed.errors(), parsed.rows().size());
        String indicator = mapping.rows().getFirst().indicator();
        String kind = jdbc.sql("select kind from indicator where code = ?").param(indicator).query(String.class)
                .optional().orElse(null);
        if (kind == null) {
            throw new ImportFailed(List.of(ImportError.of(file.name(), 0, 0, Code.UNKNOWN_INDICATOR, indicator)),
                    parsed.rows().size());
        }
        if (share != "SHARE".equals(kind)) {
            // a share needs its denominator column; a count must not have one
            throw new ImportFailed(List.of(ImportError.of(ColumnMapping.FILE, 0, 0, Code.BAD_MAPPING,
                    "denominator")), parsed.rows().size());
        }
        Set<String> known = Set.copyOf(writer.geographyIds().keySet());
        List<ImportError> errors = new ArrayList<>();
        for (RawObservation row : parsed.rows()) {
            if (!known.contains(row.regionCode())) {
                errors.add(ImportError.of(file.name(), row.line(), row.column(), Code.UNKNOWN_REGION, row.regionCode()));
            }
        }
        failOnErrors(errors, parsed.rows().size());
        boolean municipalitiesOnly = parsed.rows().stream().allMatch(r -> r.regionCode().startsWith("GM"));
        RegionFanOut fanOut = new RegionFanOut(crosswalks);
        CellSums sums = new CellSums();
        for (RawObservation row : parsed.rows()) {
            Double value = amount(row.value());
            Double denominator = amount(row.denominator());
            nl.techniekpact.monitor.Breakdown cell = nl.techniekpact.monitor.Breakdown.of(row.breakdown());
            List<RegionFanOut.Target> targets = municipalitiesOnly ? fanOut.targets(row.regionCode(), row.period())
                    : List.of(new RegionFanOut.Target(row.regionCode(), false));
            for (RegionFanOut.Target target : targets) {
                if (share) {
                    sums.addShare(indicator, target.region(), row.period(), cell, value, denominator,
                            target.derived());
                } else {
                    sums.addCount(indicator, target.region(), row.period(), cell, value, target.derived());
                }
            }
        }
        store(job, sums.cells(), parsed.rows().size(), null);
    }

    /** The number of a value, or null when the source withheld it (or gave none). */
    private static Double amount(nl.techniekpact.importers.ObservationValue value) {
        return value instanceof nl.techniekpact.importers.ObservationValue.Amount amount
                ? amount.number().doubleValue() : null;
    }

    private void store(long job, CbsImports.Cells cells) {
        store(job, cells.cells(), cells.rowsRead(), null);
    }

    void store(long job, List<Cell> cells, int rowsRead, String message) {
        ObservationWriter.Counts counts = writer.write(cells, job,
                (done, total) -> jobs.progress(job, 50 + (int) (49L * done / Math.max(1, total))));
        jobs.finishInTransaction(job, rowsRead, counts, message);
    }

    static void failOnErrors(List<ImportError> errors, int rowsRead) {
        if (!errors.isEmpty()) {
            throw new ImportFailed(errors, rowsRead);
        }
    }

    static SourceFile source(ImportRequest.File file) {
        return SourceFile.of(file.name(), file.content());
    }
}
