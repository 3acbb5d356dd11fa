package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.importers.ImportError.Code;
import org.junit.jupiter.api.Test;

/** The KvK SBI list: the real file (values from its SOURCE.md, counts computed outside Java) and small files. */
class SbiCodeReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static ParseResult<SbiCode> real() {
        return new SbiCodeReader().parse(ExternalData.file("kvk-sbi-codes", "sbi.csv"));
    }

    private static ParseResult<SbiCode> read(Charset charset, String... lines) {
        return new SbiCodeReader().parse(SourceFile.of("sbi.csv", (String.join("\r\n", lines) + "\r\n").getBytes(charset)));
    }

    @Test
    void readsEveryCodeOfTheRealList() {
        var result = real();

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(943);
        assertThat(result.rows()).extracting(SbiCode::code).doesNotHaveDuplicates();
        assertThat(result.rows().stream().collect(Collectors.groupingBy(c -> c.code().length(), Collectors.counting())))
                .containsOnly(entry(4, 465L), entry(5, 478L));
        assertThat(result.rows()).filteredOn(c -> c.section() == null).extracting(SbiCode::code)
                .containsExactly("0001", "0002");
        assertThat(result.rows().stream().filter(c -> c.section() != null)
                .collect(Collectors.groupingBy(SbiCode::section, Collectors.counting())))
                .containsOnly(entry("A", 55L), entry("B", 8L), entry("C", 256L), entry("D", 8L), entry("E", 9L),
                        entry("F", 27L), entry("G", 225L), entry("H", 32L), entry("I", 11L), entry("J", 29L),
                        entry("K", 38L), entry("L", 7L), entry("M", 43L), entry("N", 44L), entry("O", 10L),
                        entry("P", 21L), entry("Q", 33L), entry("R", 51L), entry("S", 30L), entry("T", 3L), entry("U", 1L));
        assertThat(result.rows()).filteredOn(SbiCode::technicalByDefault).hasSize(337);
    }

    @Test
    void givesTheRealValuesOfKnownCodes() {
        var result = real();
        Map<String, SbiCode> byCode = result.rows().stream().collect(Collectors.toMap(SbiCode::code, Function.identity()));

        assertThat(result.rows().getFirst()).isEqualTo(new SbiCode("0001", "(Code nog niet vastgesteld)", null));
        assertThat(byCode.get("0002").description()).isEqualTo("Geen bedrijfsactiviteit(en)");
        assertThat(byCode.get("0111")).isEqualTo(
                new SbiCode("0111", "Teelt van granen, peulvruchten en oliehoudende zaden", "A"));
        assertThat(byCode.get("01131").section()).isEqualTo("A");
        assertThat(byCode.get("6201")).isEqualTo(new SbiCode("6201", "Ontwikkelen, produceren en uitgeven van software", "J"));
        assertThat(byCode.get("2562")).isEqualTo(new SbiCode("2562", "Algemene metaalbewerking", "C"));
        assertThat(byCode.get("4321")).isEqualTo(new SbiCode("4321", "Elektrotechnische bouwinstallatie", "F"));
        assertThat(byCode.get("85314")).isEqualTo(
                new SbiCode("85314", "Brede scholengemeenschappen voor voortgezet onderwijs", "P"));
        assertThat(byCode.get("1041").description()).startsWith("Vervaardiging van plantaardige en dierlijke oliën");
        assertThat(result.rows().getLast()).isEqualTo(new SbiCode("9900", "Extraterritoriale organisaties en lichamen", "U"));
        assertThat(byCode.get("6201").technicalByDefault()).isTrue();
        assertThat(byCode.get("85314").technicalByDefault()).isFalse();
    }

    @Test
    void readsUtf8AndSemicolonSeparatedCopiesAlike() {
        var utf8 = read(StandardCharsets.UTF_8, "\uFEFF\"SBI\",\"Omschrijving\"", "\"1041\",\"Vervaardiging van oliën\"");
        var semicolons = read(WINDOWS_1252, "SBI-code;Omschrijving", "1041;Vervaardiging van oliën");

        assertThat(utf8.errors()).isEmpty();
        assertThat(semicolons.errors()).isEmpty();
        assertThat(utf8.rows()).containsExactly(new SbiCode("1041", "Vervaardiging van oliën", "C"));
        assertThat(semicolons.rows()).isEqualTo(utf8.rows());
    }

    @Test
    void reportsEveryBadRowWithLineAndColumn() {
        var result = read(WINDOWS_1252, "\"Omschrijving\",\"SBI\"",
                "\"Teelt van granen\",\"0111\"",
                "\"Drie cijfers\",\"111\"",
                "\"Geen afdeling\",\"3411\"",
                "\"Letters\",\"62AB\"",
                "\"\",\"6201\"",
                "\"Geen code\",\"\"",
                "\"Dubbel\",\"0111\"",
                "\"Te veel\",\"6202\",\"x\"",
                "\"Open,\"6203\"");

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column).containsExactly(
                tuple(Code.UNKNOWN_CODE, 3, 2),
                tuple(Code.UNKNOWN_CODE, 4, 2),
                tuple(Code.UNKNOWN_CODE, 5, 2),
                tuple(Code.MISSING_VALUE, 6, 1),
                tuple(Code.MISSING_VALUE, 7, 2),
                tuple(Code.DUPLICATE_ROW, 8, 2),
                tuple(Code.WRONG_FIELD_COUNT, 9, 3),
                tuple(Code.UNCLOSED_QUOTE, 10, 12));
        assertThat(result.rows()).extracting(SbiCode::code).containsExactly("0111");
        assertThat(result.errors().getFirst().message()).isEqualTo("'111' is geen bekende waarde voor 'SBI'.");
    }

    @Test
    void refusesAHeaderWithoutItsColumnsAndAnEmptyFile() {
        var header = read(WINDOWS_1252, "\"Code SBI\",\"Tekst\"", "\"0111\",\"Teelt\"");
        var empty = read(WINDOWS_1252, "");

        assertThat(header.rows()).isEmpty();
        assertThat(header.errors()).extracting(ImportError::code, ImportError::message).containsExactly(
                tuple(Code.MISSING_HEADER, "Kolom 'SBI' ontbreekt in de kopregel."),
                tuple(Code.MISSING_HEADER, "Kolom 'OMSCHRIJVING' ontbreekt in de kopregel."));
        assertThat(empty.errors()).extracting(ImportError::code).containsExactly(Code.EMPTY_FILE);
    }

    @Test
    void refusesAFileLargerThanItsLimit() {
        byte[] content = "\"SBI\",\"Omschrijving\"\r\n\"0111\",\"Teelt\"\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new SbiCodeReader(null, content.length).parse(SourceFile.of("sbi.csv", content)).rows()).hasSize(1);
        assertThatThrownBy(() -> new SbiCodeReader(null, 10).parse(SourceFile.of("sbi.csv", content)))
                .isInstanceOf(SourceTooLarge.class).hasMessageContaining("sbi.csv");
    }
}
