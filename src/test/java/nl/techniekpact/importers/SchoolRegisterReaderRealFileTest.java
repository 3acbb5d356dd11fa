package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.importers.SchoolLocation.HolidayRegion;
import nl.techniekpact.importers.SchoolLocation.Level;
import org.junit.jupiter.api.Test;

/**
 * The real 2026 po register (Windows-1252); expected numbers are those of its SOURCE.md or were counted from the
 * file outside Java.
 */
class SchoolRegisterReaderRealFileTest {

    private static final String FOLDER = "duo-vestigingen-po-2026";
    private static final String NAME = "02.-alle-schoolvestigingen-basisonderwijs.csv";

    private static ParseResult<SchoolLocation> po() {
        return new SchoolRegisterReader().parse(ExternalData.file(FOLDER, NAME));
    }

    private static <K> Map<K, Long> count(ParseResult<SchoolLocation> result, Function<SchoolLocation, K> key) {
        return result.rows().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void readsEveryLocationOfThePrimaryRegister() {
        var result = po();

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isZero();
        assertThat(result.rows()).hasSize(6122);
        assertThat(result.rows()).extracting(SchoolLocation::locationCode).doesNotHaveDuplicates();
        assertThat(result.rows().stream().map(SchoolLocation::institutionCode).distinct()).hasSize(6011);
        assertThat(result.rows().stream().map(SchoolLocation::municipalityCode).distinct()).hasSize(342);
        assertThat(result.rows()).allSatisfy(s -> {
            assertThat(s.levels()).isEqualTo(Set.of(Level.PO));
            assertThat(s.locationCode()).startsWith(s.institutionCode());
            assertThat(s.postcode()).matches("[1-9]\\d{3} [A-Z]{2}");
            assertThat(s.holidayRegion()).isNotNull();
        });
        assertThat(count(result, s -> s.locationCode().substring(4)))
                .containsOnly(entry("00", 6011L), entry("01", 86L), entry("02", 17L), entry("03", 6L), entry("04", 2L));
        assertThat(count(result, SchoolLocation::municipalityCode)).contains(entry("0363", 200L), entry("0344", 98L));
        assertThat(count(result, SchoolLocation::province)).containsOnly(entry("Zuid-Holland", 1112L),
                entry("Noord-Holland", 844L), entry("Gelderland", 843L), entry("Noord-Brabant", 817L),
                entry("Overijssel", 488L), entry("Utrecht", 477L), entry("Friesland", 349L), entry("Limburg", 322L),
                entry("Drenthe", 253L), entry("Groningen", 251L), entry("Zeeland", 190L), entry("Flevoland", 176L));
        assertThat(count(result, SchoolLocation::holidayRegion)).containsOnly(entry(HolidayRegion.NOORD, 2368L),
                entry(HolidayRegion.MIDDEN, 2174L), entry(HolidayRegion.ZUID, 1580L));
    }

    @Test
    void turnsTheSingleSpaceCellsIntoMissingValues() {
        var result = po();

        assertThat(result.rows().stream().filter(s -> s.website() == null)).hasSize(638);
        assertThat(result.rows().stream().filter(s -> s.phone() == null)).hasSize(50);
        assertThat(result.rows().stream().filter(s -> s.municipalityName() == null))
                .extracting(SchoolLocation::line, SchoolLocation::locationCode, SchoolLocation::municipalityCode)
                .containsExactly(tuple(2912, "32LY00", "1948"), tuple(2975, "32LW00", "1948"));
        assertThat(result.rows()).map(SchoolLocation::website).filteredOn(Objects::nonNull)
                .allSatisfy(w -> assertThat(w).isEqualTo(w.strip()).isNotEmpty());
    }

    @Test
    void givesTheRealValuesOfKnownRows() {
        var result = po();
        Map<String, SchoolLocation> byCode = result.rows().stream()
                .collect(Collectors.toMap(SchoolLocation::locationCode, Function.identity()));

        SchoolLocation first = result.rows().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first).extracting(SchoolLocation::locationCode, SchoolLocation::name, SchoolLocation::postcode,
                        SchoolLocation::place, SchoolLocation::municipalityCode, SchoolLocation::municipalityName,
                        SchoolLocation::website, SchoolLocation::phone, SchoolLocation::holidayRegion)
                .containsExactly("32JK00", "BBS de Verwondering", "9306 TC", "ALTEVEER GEM NOORDENVELD", "1699",
                        "NOORDENVELD", null, null, HolidayRegion.NOORD);
        assertThat(byCode.get("05OC00").name()).isEqualTo("Dalton Kindcentrum \u2019t Kompas");
        assertThat(byCode.get("10UN00").name()).isEqualTo("IKC 't Oelebröd");
        assertThat(byCode.get("04KN00").name()).isEqualTo("Mienskipsskoalle  De Legeaën");
        assertThat(byCode.get("04LY00").houseNumber()).isEqualTo("3-A");
        assertThat(result.rows().getLast()).extracting(SchoolLocation::locationCode, SchoolLocation::name,
                        SchoolLocation::municipalityCode)
                .containsExactly("05WS00", "Montessorischool", "0629");
    }

    @Test
    void readsTheSameFileWhenTheEncodingIsNamed() {
        var named = new SchoolRegisterReader(SchoolRegisterReader.Sector.PO, Charset.forName("windows-1252"),
                SchoolRegisterReader.DEFAULT_MAX_BYTES).parse(ExternalData.file(FOLDER, NAME));

        assertThat(named.errors()).isEmpty();
        assertThat(named.rows()).isEqualTo(po().rows());
    }

    @Test
    void theTestLayoutsStartFromTheRealHeader() {
        StringBuilder header = new StringBuilder();
        CsvLines.read(ExternalData.file(FOLDER, NAME), Charset.forName("windows-1252"), line -> {
            if (line.number() == 1) {
                header.append(line.text());
            }
        });

        assertThat(header.toString()).isEqualTo(SchoolRegisters.PO_CURRENT);
    }
}
