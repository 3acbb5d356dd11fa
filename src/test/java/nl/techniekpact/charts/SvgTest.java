package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void escapesTheFiveXmlCharactersAndDropsControlCharacters() {
        assertThat(Svg.escape("a & b < c > d \"e\" 'f'"))
                .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
        assertThat(Svg.escape("x\u0000y\u0007z\tq")).isEqualTo("xyz\tq");
        assertThat(Svg.escape("Fryslân \uD83D\uDE00")).isEqualTo("Fryslân \uD83D\uDE00");
        assertThat(Svg.escape("lone \uD83D surrogate")).isEqualTo("lone  surrogate");
    }

    @Test
    void writesCoordinatesWithExactlyOneDecimal() {
        assertThat(Svg.num(12)).isEqualTo("12.0");
        assertThat(Svg.num(3.14159)).isEqualTo("3.1");
        assertThat(Svg.num(-3.46)).isEqualTo("-3.5");
        assertThat(Svg.num(-0.04)).isEqualTo("0.0");
        assertThat(Svg.num(0.05)).isEqualTo("0.1");
        assertThat(Svg.num(1e6)).isEqualTo("1000000.0");
        assertThatThrownBy(() -> Svg.num(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idPrefixesMustBeSafeAsIdsAndInUrls() {
        assertThat(Svg.checkPrefix("kaart-provincies_2023")).isEqualTo("kaart-provincies_2023");
        assertThatThrownBy(() -> Svg.checkPrefix("1kaart")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Svg.checkPrefix("a\"b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Svg.checkPrefix("a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributesWithANullValueAreLeftOut() {
        Svg svg = Svg.root("t", "tp-chart", 100, 50, "T", "D");
        svg.text(1, 2, "start", "x", "font-weight", null, "fill", "#000000");

        assertThat(svg.finish()).contains("<text x=\"1.0\" y=\"2.0\" text-anchor=\"start\" fill=\"#000000\">x</text>")
                .endsWith("</svg>\n");
    }

    @Test
    void estimatedTextWidthGrowsWithTheText() {
        assertThat(Svg.textWidth("", 12)).isZero();
        assertThat(Svg.textWidth("Groningen", 12)).isBetween(50.0, 80.0);
        assertThat(Svg.textWidth("MMMM", 12)).isGreaterThan(Svg.textWidth("iiii", 12));
    }
}
