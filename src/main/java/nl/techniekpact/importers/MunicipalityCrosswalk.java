package nl.techniekpact.importers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Municipality → province, labour-market region and COROP area, per year, read from the CBS "Gebieden in
 * Nederland" crosswalk ({@code name,code,year,corop_code,corop,region_code,region,province_code,province},
 * one row per municipality name, {@code year} the last classification year that name existed in).
 *
 * <p>Contract of {@link #regionsOf}: a row holds for its own year and every earlier year, up to a row of
 * the same code with an earlier year; so a municipality that merged in 2021 (last row 2020) is found for
 * 2019 but not for 2021. The file does not say when a municipality began, so a code created by a merger is
 * also found for years before the merger — callers aggregating old data must use the codes the old data uses.
 */
public final class MunicipalityCrosswalk {

    private final Map<String, List<MunicipalityRegions>> byCode = new HashMap<>();

    private MunicipalityCrosswalk(List<MunicipalityRegions> rows) {
        for (MunicipalityRegions row : rows) {
            byCode.computeIfAbsent(row.municipalityCode(), code -> new ArrayList<>()).add(row);
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparingInt(MunicipalityRegions::year)));
    }

    public static MunicipalityCrosswalk of(List<MunicipalityRegions> rows) {
        return new MunicipalityCrosswalk(rows);
    }

    /** A crosswalk that only knows which codes exist (for checking a file's codes against the stored ones). */
    public static MunicipalityCrosswalk ofCodes(java.util.Collection<String> codes) {
        return new MunicipalityCrosswalk(codes.stream().map(code -> new MunicipalityRegions(0, code, code,
                Integer.MAX_VALUE, null, null, null, null, null, null)).toList());
    }

    /** Reads the crosswalk CSV (UTF-8, {@code ,}-separated, header by name). */
    public static ParseResult<MunicipalityRegions> parse(SourceFile file) {
        var reader = new CrosswalkReader(file.name());
        CsvLines.read(file, StandardCharsets.UTF_8, reader::accept);
        return reader.result();
    }

    public boolean contains(String municipalityCode) {
        return byCode.containsKey(municipalityCode);
    }

    /** The classification in force for {@code municipalityCode} in {@code year}, per the class contract. */
    public Optional<MunicipalityRegions> regionsOf(String municipalityCode, int year) {
        return byCode.getOrDefault(municipalityCode, List.of()).stream()
                .filter(row -> row.year() >= year)
                .findFirst();
    }

    public Optional<String> provinceOf(String municipalityCode, int year) {
        return regionsOf(municipalityCode, year).map(MunicipalityRegions::provinceCode);
    }

    public Optional<String> labourMarketRegionOf(String municipalityCode, int year) {
        return regionsOf(municipalityCode, year).map(MunicipalityRegions::labourMarketRegionCode);
    }

    public Optional<String> coropOf(String municipalityCode, int year) {
        return regionsOf(municipalityCode, year).map(MunicipalityRegions::coropCode);
    }

    /** Codes whose latest row is {@code year} or later: the municipalities of the newest classification. */
    public List<String> municipalitiesUntil(int year) {
        return byCode.entrySet().stream()
                .filter(e -> e.getValue().getLast().year() >= year)
                .map(Map.Entry::getKey).sorted().toList();
    }
}
