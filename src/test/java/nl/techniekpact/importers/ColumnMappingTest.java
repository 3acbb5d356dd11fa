package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

class ColumnMappingTest {

    @Test
    void readsAFullMapping() {
        ParseResult<ColumnMapping> result = ColumnMapping.parse("""
                {"indicator": "ho-eerstejaars-techniek", "region": " Gemeentecode ", "period": "Jaar",
                 "value": "Aantal", "breakdowns": {"geslacht": "Geslacht", "niveau": "Soort onderwijs"},
                 "unitFactor": 1000, "sheet": "Tabel 1"}""");

        assertThat(result.errors()).isEmpty();
        ColumnMapping mapping = result.rows().getFirst();
        assertThat(mapping.indicator()).isEqualTo("ho-eerstejaars-techniek");
        assertThat(mapping.region()).isEqualTo("Gemeentecode");
        assertThat(mapping.unitFactor()).isEqualByComparingTo("1000");
        assertThat(mapping.sheet()).isEqualTo("Tabel 1");
        assertThat(mapping.columns()).containsExactly(
                Map.entry("region", "Gemeentecode"), Map.entry("period", "Jaar"),
                Map.entry("breakdowns.geslacht", "Geslacht"), Map.entry("breakdowns.niveau", "Soort onderwijs"),
                Map.entry("value", "Aantal"));
    }

    @Test
    void defaultsToNoBreakdownsFactorOneAndTheFirstSheet() {
        ParseResult<ColumnMapping> result = ColumnMapping.parse(
                "{\"indicator\":\"i\",\"region\":\"r\",\"period\":\"p\",\"value\":\"v\",\"unitFactor\":0.001}");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().getFirst().breakdowns()).isEmpty();
        assertThat(result.rows().getFirst().unitFactor()).isEqualTo(new BigDecimal("0.001"));
        assertThat(result.rows().getFirst().sheet()).isNull();
        assertThat(ColumnMapping.parse("{\"indicator\":\"i\",\"region\":\"r\",\"period\":\"p\",\"value\":\"v\"}")
                .rows().getFirst().unitFactor()).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void reportsEveryMissingOrInvalidValueAtLineZero() {
        ParseResult<ColumnMapping> result = ColumnMapping.parse("""
                {"indicator": "i", "region": "  ", "period": 2019, "breakdowns": {"geslacht": ""},
                 "unitFactor": "1000", "sheet": 1}""");

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::file, ImportError::line, ImportError::column)
                .containsOnly(tuple(ColumnMapping.FILE, 0, 0));
        assertThat(result.errors()).extracting(ImportError::code).containsOnly(Code.BAD_MAPPING);
        assertThat(result.errors()).extracting(ImportError::message).containsExactly(
                "De kolomindeling geeft geen geldige waarde voor 'region'.",
                "De kolomindeling geeft geen geldige waarde voor 'period'.",
                "De kolomindeling geeft geen geldige waarde voor 'value'.",
                "De kolomindeling geeft geen geldige waarde voor 'breakdowns.geslacht'.",
                "De kolomindeling geeft geen geldige waarde voor 'unitFactor'.",
                "De kolomindeling geeft geen geldige waarde voor 'sheet'.");
    }

    @Test
    void refusesAFactorOfZeroOrLessAndBreakdownsThatAreNoObject() {
        assertThat(ColumnMapping.parse("{\"indicator\":\"i\",\"region\":\"r\",\"period\":\"p\",\"value\":\"v\","
                + "\"unitFactor\":-1000,\"breakdowns\":[\"Geslacht\"]}").errors())
                .extracting(ImportError::code, ImportError::message).containsExactly(
                        tuple(Code.BAD_MAPPING, "De kolomindeling geeft geen geldige waarde voor 'breakdowns'."),
                        tuple(Code.BAD_MAPPING, "De kolomindeling geeft geen geldige waarde voor 'unitFactor'."));
        assertThatThrownBy(() -> new ColumnMapping("i", "r", "p", "v", Map.of(), BigDecimal.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAnUnknownKeySuchAsADutchSpelling() {
        ParseResult<ColumnMapping> result = ColumnMapping.parse(
                "{\"indicator\":\"i\",\"regio\":\"r\",\"period\":\"p\",\"value\":\"v\"}");

        assertThat(result.errors()).extracting(ImportError::code)
                .containsExactly(Code.UNKNOWN_MAPPING_KEY, Code.BAD_MAPPING);
        assertThat(result.errors().getFirst().message()).contains("'regio'", "region");
    }

    @Test
    void reportsTextThatIsNoJsonObject() {
        ParseResult<ColumnMapping> cut = ColumnMapping.parse("{\"indicator\": \"i\",\n \"region\": ");

        assertThat(cut.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.BAD_MAPPING_JSON, 0, 0));
        assertThat(cut.errors().getFirst().message()).contains("regel 2");
        assertThat(ColumnMapping.parse("[\"Regio\"]").errors()).extracting(ImportError::code)
                .containsExactly(Code.BAD_MAPPING_JSON);
        assertThat(ColumnMapping.parse("").errors()).extracting(ImportError::code)
                .containsExactly(Code.BAD_MAPPING_JSON);
        assertThat(ColumnMapping.parse(null).errors()).extracting(ImportError::code)
                .containsExactly(Code.BAD_MAPPING_JSON);
        assertThat(ColumnMapping.parse("{\"indicator\":\"i\",\"indicator\":\"j\"}").errors())
                .extracting(ImportError::code).containsExactly(Code.BAD_MAPPING_JSON);
    }

    @Test
    void reportsAColumnMappedToTwoRoles() {
        ParseResult<ColumnMapping> result = ColumnMapping.parse("{\"indicator\":\"i\",\"region\":\"Jaar\","
                + "\"period\":\" jaar\",\"value\":\"v\",\"breakdowns\":{\"geslacht\":\"V\"}}");

        assertThat(result.errors()).extracting(ImportError::code)
                .containsExactly(Code.MAPPING_COLUMN_TWICE, Code.MAPPING_COLUMN_TWICE);
        assertThat(result.errors()).extracting(ImportError::message).containsExactly(
                "Kolom 'jaar' is in de kolomindeling zowel aan 'region' als aan 'period' toegewezen.",
                "Kolom 'v' is in de kolomindeling zowel aan 'breakdowns.geslacht' als aan 'value' toegewezen.");
        assertThat(result.rows()).isEmpty();
    }
}
