package nl.techniekpact.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.techniekpact.importers.MunicipalityCrosswalk;
import nl.techniekpact.importers.MunicipalityRegions;
import nl.techniekpact.importers.RegionDivisionReader;
import nl.techniekpact.importers.SourceFile;
import org.junit.jupiter.api.Test;

/** The merger table against the real CBS crosswalk and the 2016 municipalities of the Regioatlas files. */
class RegionDivisionMergersTest {

    private static final Path ROOT = Path.of(System.getProperty("techniekpact.shared", "../shared")).resolve("external-data");

    private static SourceFile file(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.isRegularFile(path), "Skipped: ../shared/external-data absent");
        return SourceFile.of(path);
    }

    @Test
    void everyMunicipalityOf2016ThatEndedIsMergedTheYearAfterItsLastYear() {
        Map<String, Integer> last = new HashMap<>();
        for (MunicipalityRegions row : MunicipalityCrosswalk.parse(file("cbs-gemeente-regios-2010-2026/municipalities.csv")).rows()) {
            last.merge(row.municipalityCode(), row.year(), Math::max);
        }
        Set<String> of2016 = new TreeSet<>();
        RegionDivisionReader.parse(file("regioatlas-2016-regio-indelingen/rmcregiosregionaalmeldencoordinatiepunt.csv"))
                .rows().forEach(a -> of2016.add(a.municipalityCode()));
        assertThat(of2016).hasSize(390);
        Map<String, Set<Integer>> mergedIn = new TreeMap<>();
        for (RegionDivisionMergers.Merger merger : RegionDivisionMergers.ALL) {
            assertThat(last.get(merger.into())).as("%s exists in %d", merger.into(), merger.year())
                    .isGreaterThanOrEqualTo(merger.year());
            assertThat(of2016.contains(merger.into())).as("%s continues", merger.into()).isEqualTo(merger.continuing());
            List<String> predecessors = new ArrayList<>(merger.whole());
            predecessors.addAll(merger.parts());
            predecessors.forEach(p -> mergedIn.computeIfAbsent(p, k -> new TreeSet<>()).add(merger.year()));
        }
        of2016.stream().filter(m -> last.get(m) < 2026)
                .forEach(m -> assertThat(mergedIn.get(m)).as(m).containsExactly(last.get(m) + 1));
        assertThat(mergedIn.keySet()).allMatch(of2016::contains).allMatch(m -> last.get(m) < 2026);
    }

    @Test
    void theWholeRmcDivisionCarriedTo2026() {
        Map<String, Set<String>> regions = new TreeMap<>();
        RegionDivisionReader.parse(file("regioatlas-2016-regio-indelingen/rmcregiosregionaalmeldencoordinatiepunt.csv"))
                .rows().forEach(a -> regions.computeIfAbsent(a.municipalityCode(), k -> new TreeSet<>()).add(a.regionCode()));
        var result = RegionDivisionProjection.project(regions, 2026);

        assertThat(result.memberships().get(2016)).hasSize(390);
        assertThat(result.memberships().get(2026).size() + result.leftOut().get(2026).size()).isEqualTo(342);
        assertThat(result.memberships().get(2019)).containsEntry("GM1959", "RMC34");
        assertThat(result.memberships().get(2019)).containsEntry("GM0014", result.memberships().get(2016).get("GM0014"));
        assertThat(result.kept().get(2019)).contains("GM0014");
        assertThat(result.leftOut().get(2019)).contains("GM1969").doesNotContain("GM0014");
        // The continuing municipalities that took in territory of another RMC region: Groningen, Leeuwarden,
        // Amsterdam, Haarlemmermeer, Oisterwijk, Tilburg; the new ones formed across regions stay out.
        assertThat(result.kept().get(2026)).containsExactly("GM0014", "GM0080", "GM0363", "GM0394", "GM0824", "GM0855");
        assertThat(result.leftOut().get(2026)).containsExactly("GM1949", "GM1952", "GM1961", "GM1969");
    }
}
