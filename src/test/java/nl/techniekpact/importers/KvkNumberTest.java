package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"69599084", "01012345", "00000000", " 69599084", "69599084 ", "\t69599084\n"})
    void acceptsEightDigitsWithSurroundingBlanks(String raw) {
        assertThat(KvkNumber.isValid(raw)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "        ", "6959908", "695990845", "6959 9084", "69.59.90.84", "6959908A",
            "NL69599084", "-6959908", "６９５９９０８４"})
    void refusesAnythingButEightDigits(String raw) {
        assertThat(KvkNumber.isValid(raw)).isFalse();
    }
}
