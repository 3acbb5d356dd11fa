package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The DUO parser on the real files; expected numbers were computed from the files outside Java. */
class DuoCsvParserRealFilesTest {

    private static final String HBO = "duo-hbo-eerstejaars-2019";
    private static final String MBO = "duo-mbo-deelnemers-2015-2019";

    private static ParseResult<RawObservation> hbo(MunicipalityCrosswalk crosswalk) {
        return new DuoCsvParser(DuoDataset.HBO_EERSTEJAARS, crosswalk, StandardCharsets.UTF_8)
                .parse(ExternalData.file(HBO, "hbo_inscriptions_2019.csv"));
    }

    private static ParseResult<RawObservation> mbo() {
        return new DuoCsvParser(DuoDataset.MBO_DEELNEMERS)
                .parse(ExternalData.file(MBO, "mbo_inscriptions_2019.csv"));
    }

    private static BigDecimal sum(ParseResult<RawObservation> result, Predicate<RawObservation> filter) {
        return result.rows().stream().filter(filter)
                .map(o -> ((ObservationValue.Amount) o.value()).number())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void readsEveryCellOfTheHboFirstYearFile() {
        ParseResult<RawObservation> result = hbo(null);

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isEqualTo(7);
        assertThat(result.missingValues()).isZero();
        assertThat(result.rows()).hasSize(3815 * 5);
        assertThat(result.rows().stream().map(RawObservation::regionCode).distinct().toList()).hasSize(46);
        assertThat(sum(result, o -> o.period().equals("2019/2020"))).isEqualByComparingTo("113422");
        assertThat(sum(result, o -> o.period().equals("2015/2016"))).isEqualByComparingTo("95961");
    }

    @Test
    void hboFileGivesTheRealValuesOfKnownCells() {
        ParseResult<RawObservation> result = hbo(null);

        RawObservation first = result.rows().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.column()).isEqualTo(14);
        assertThat(first.regionCode()).isEqualTo("GM0106");
        assertThat(first.period()).isEqualTo("2015/2016");
        assertThat(first.value()).isEqualTo(ObservationValue.of(new BigDecimal("31")));
        assertThat(first.breakdown()).containsEntry("niveau", "hbo").containsEntry("geslacht", "man")
                .containsEntry("croho-onderdeel", "techniek").containsEntry("opleiding", "34267")
                .containsEntry("opleidingsvorm", "voltijd onderwijs");
        assertThat(first.labels()).containsEntry("opleidingsnaam", "B Elektrotechniek")
                .containsEntry("gemeentenaam", "Assen");
        assertThat(first.sourceColumns()).startsWith("GEMEENTENUMMER").endsWith("2015");

        Predicate<RawObservation> techniek2019 = o -> o.period().equals("2019/2020")
                && o.breakdown().get("croho-onderdeel").equals("techniek");
        assertThat(sum(result, techniek2019.and(o -> o.breakdown().get("geslacht").equals("vrouw"))))
                .isEqualByComparingTo("5465");
        assertThat(sum(result, techniek2019.and(o -> o.breakdown().get("geslacht").equals("man"))))
                .isEqualByComparingTo("18096");
        assertThat(sum(result, o -> o.period().equals("2019/2020") && o.regionCode().equals("GM0014")))
                .isEqualByComparingTo("7055");
        assertThat(sum(result, o -> o.period().equals("2019/2020") && o.regionCode().equals("GM0363")))
                .isEqualByComparingTo("12996");
    }

    @Test
    void hboMunicipalitiesAggregateToTheProvincesTheFileNames() {
        var crosswalk = MunicipalityCrosswalk.of(MunicipalityCrosswalk
                .parse(ExternalData.file("cbs-gemeente-regios-2010-2026", "municipalities.csv")).rows());
        ParseResult<RawObservation> result = hbo(crosswalk);
        assertThat(result.errors()).isEmpty();

        Map<String, BigDecimal> byProvince = result.rows().stream()
                .filter(o -> o.period().equals("2019/2020"))
                .collect(Collectors.groupingBy(o -> crosswalk.provinceOf(o.regionCode(), 2019).orElseThrow(),
                        TreeMap::new, Collectors.reducing(BigDecimal.ZERO,
                                o -> ((ObservationValue.Amount) o.value()).number(), BigDecimal::add)));
        // the DUO file's own PROVINCIE column, summed per province name
        assertThat(byProvince).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("PV20", new BigDecimal("7055")), Map.entry("PV21", new BigDecimal("5258")),
                Map.entry("PV22", new BigDecimal("588")), Map.entry("PV23", new BigDecimal("12451")),
                Map.entry("PV24", new BigDecimal("2090")), Map.entry("PV25", new BigDecimal("11121")),
                Map.entry("PV26", new BigDecimal("9129")), Map.entry("PV27", new BigDecimal("15921")),
                Map.entry("PV28", new BigDecimal("22081")), Map.entry("PV29", new BigDecimal("1212")),
                Map.entry("PV30", new BigDecimal("21486")), Map.entry("PV31", new BigDecimal("5030")))));
    }

    @Test
    void readsEveryGenderCellOfTheMboFile() {
        ParseResult<RawObservation> result = mbo();

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isEqualTo(29);
        assertThat(result.rows()).hasSize(116_088);
        assertThat(result.missingValues()).isEqualTo(19_229 * 10 - 116_088);
        assertThat(result.rows()).allSatisfy(o -> assertThat(o.regionCode()).isNull());
        Predicate<RawObservation> y2019 = o -> o.period().equals("2019/2020");
        assertThat(sum(result, y2019.and(o -> o.breakdown().get("geslacht").equals("man"))))
                .isEqualByComparingTo("258199");
        assertThat(sum(result, y2019.and(o -> o.breakdown().get("geslacht").equals("vrouw"))))
                .isEqualByComparingTo("243704");
        Predicate<RawObservation> techniek = y2019.and(o -> o.breakdown().get("sector").equals("techniek"));
        assertThat(sum(result, techniek)).isEqualByComparingTo("134041");
        assertThat(sum(result, techniek.and(o -> o.breakdown().get("geslacht").equals("vrouw"))))
                .isEqualByComparingTo("26196");
    }

    @Test
    void mboFileGivesTheRealValuesOfKnownCells() {
        ParseResult<RawObservation> result = mbo();

        RawObservation first = result.rows().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.column()).isEqualTo(14);
        assertThat(first.breakdown()).containsExactly(entry("niveau", "mbo"), entry("instelling", "00GT"),
                entry("leerweg", "BBL"), entry("mbo-niveau", "1"), entry("kwalificatie", "23110"),
                entry("sector", "combinatie van sectoren"), entry("geslacht", "man"));
        assertThat(first.value()).isEqualTo(ObservationValue.of(new BigDecimal("3")));
        assertThat(first.labels()).containsEntry("plaatsnaam", "ROTTERDAM").doesNotContainKey("kenniscentrum");
        assertThat(result.rows()).filteredOn(o -> o.breakdown().get("kwalificatie").equals("25250")
                        && o.breakdown().get("instelling").equals("00GT") && o.breakdown().get("leerweg").equals("BBL")
                        && o.period().equals("2019/2020"))
                .extracting(o -> o.breakdown().get("geslacht") + "=" + o.value())
                .containsExactly("man=" + ObservationValue.of(new BigDecimal("17")),
                        "vrouw=" + ObservationValue.of(new BigDecimal("0")));
        assertThat(result.rows()).filteredOn(o -> o.breakdown().get("kwalificatie").equals("92390")
                        && o.breakdown().get("instelling").equals("00GT"))
                .first().satisfies(o -> assertThat(o.labels().get("kwalificatienaam"))
                        .isEqualTo("Elektrotechnische industriële producten en systemen (Monteur)"));
    }
}
