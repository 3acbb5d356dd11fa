package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234AB", "1234 AB", "1234 ab", "1234ab", " 1234  Ab ", "\t1234AB\n"})
    void normalisesEveryWayOfWritingAPostcode(String raw) {
        assertThat(PostcodeFormat.normalise(raw)).isEqualTo("1234 AB");
        assertThat(PostcodeFormat.isValid(raw)).isTrue();
        assertThat(PostcodeFormat.pc4(raw)).isEqualTo("1234");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "0123 AB", "0123AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "1234-AB",
            "1234 A1", "AB 1234", "1234 SA", "1234 SD", "1234 SS", "1234ss", "１２３４ AB", "1234 ÄB"})
    void refusesWhatIsNoIssuedDutchPostcode(String raw) {
        assertThat(PostcodeFormat.normalise(raw)).isNull();
        assertThat(PostcodeFormat.isValid(raw)).isFalse();
    }

    @Test
    void keepsOtherLetterPairsWithAnS() {
        assertThat(PostcodeFormat.normalise("9306 sb")).isEqualTo("9306 SB");
        assertThat(PostcodeFormat.normalise("1011AS")).isEqualTo("1011 AS");
    }

    @Test
    void extractsThePc4OfAPostcodeOrABarePc4() {
        assertThat(PostcodeFormat.pc4("9306 TC")).isEqualTo("9306");
        assertThat(PostcodeFormat.pc4(" 3511 ")).isEqualTo("3511");
        assertThat(PostcodeFormat.pc4("0351")).isNull();
        assertThat(PostcodeFormat.pc4("1234 SS")).isNull();
        assertThat(PostcodeFormat.pc4(null)).isNull();
        assertThat(PostcodeFormat.isValidPc4("1000")).isTrue();
        assertThat(PostcodeFormat.isValidPc4("999")).isFalse();
        assertThat(PostcodeFormat.isValidPc4("0999")).isFalse();
        assertThat(PostcodeFormat.isValidPc4("1234AB")).isFalse();
        assertThat(PostcodeFormat.isValidPc4(null)).isFalse();
    }
}
