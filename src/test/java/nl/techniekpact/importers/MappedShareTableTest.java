package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** A column mapping with a denominator column reads shares: the value column is the numerator. */
class MappedShareTableTest {

    private static final String SHARE = """
            {"indicator": "loket-scholen-bereikt", "region": "gemeente", "period": "schooljaar",
             "value": "teller", "denominator": "noemer", "breakdowns": {"niveau": "niveau"}}""";

    private static ParseResult<RawObservation> read(String content) {
        ParseResult<ColumnMapping> mapping = ColumnMapping.parse(SHARE);
        assertThat(mapping.errors()).isEmpty();
        return new MappedTableParser(mapping.rows().getFirst()).parse(SourceFile.of("bereik.csv", content));
    }

    @Test
    void readsNumeratorAndDenominatorOfEveryRow() {
        ParseResult<RawObservation> result = read("gemeente,schooljaar,niveau,teller,noemer\r\n"
                + "GM0344,2025/2026,vo,3,12\r\nGM0307,2025-2026,po,0,40\r\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::regionCode, RawObservation::period, RawObservation::value,
                        RawObservation::denominator)
                .containsExactly(
                        tuple("GM0344", "2025/2026", ObservationValue.of(new BigDecimal("3")),
                                ObservationValue.of(new BigDecimal("12"))),
                        tuple("GM0307", "2025/2026", ObservationValue.of(new BigDecimal("0")),
                                ObservationValue.of(new BigDecimal("40"))));
    }

    @Test
    void aMissingDenominatorColumnOrCellIsAnError() {
        assertThat(read("gemeente,schooljaar,niveau,teller\r\nGM0344,2025/2026,vo,3\r\n").errors())
                .extracting(ImportError::code).containsExactly(Code.MISSING_HEADER);
        assertThat(read("gemeente,schooljaar,niveau,teller,noemer\r\nGM0344,2025/2026,vo,3,\r\n").errors())
                .extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.MISSING_VALUE, 2, 5));
    }

    @Test
    void aCountMappingHasNoDenominatorAndTheKeyIsChecked() {
        ParseResult<ColumnMapping> count = ColumnMapping.parse(
                "{\"indicator\":\"i\",\"region\":\"r\",\"period\":\"p\",\"value\":\"v\"}");
        assertThat(count.rows().getFirst().isShare()).isFalse();
        assertThat(count.rows().getFirst().columns()).doesNotContainKey("denominator");

        ParseResult<ColumnMapping> bad = ColumnMapping.parse(
                "{\"indicator\":\"i\",\"region\":\"r\",\"period\":\"p\",\"value\":\"v\",\"denominator\":7}");
        assertThat(bad.errors()).extracting(ImportError::code, ImportError::message)
                .containsExactly(tuple(Code.BAD_MAPPING, "De kolomindeling geeft geen geldige waarde voor 'denominator'."));

        ParseResult<ColumnMapping> twice = ColumnMapping.parse(
                "{\"indicator\":\"i\",\"region\":\"r\",\"period\":\"p\",\"value\":\"v\",\"denominator\":\"V\"}");
        assertThat(twice.errors()).extracting(ImportError::code).containsExactly(Code.MAPPING_COLUMN_TWICE);
    }
}
