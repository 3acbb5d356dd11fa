package nl.techniekpact.charts;

import static nl.techniekpact.charts.ChartAssertions.assertAccessibleSvg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.techniekpact.charts.BarChart.Bar;
import nl.techniekpact.charts.BarChart.Input;
import nl.techniekpact.charts.BarChart.Order;
import nl.techniekpact.charts.BarChart.Reference;

class BarChartTest {

    private static final NumberStyle PERCENT = NumberStyle.dutch(1, "%");

    static Input sample() {
        List<Bar> bars = List.of(
                Bar.of("Groningen", 14.2),
                new Bar("Fryslân", 12.8, true, null),
                Bar.of("Drenthe", null),
                new Bar("Overijssel", null, false, "onderdrukt"),
                Bar.of("Flevoland", 17.5),
                new Bar("Gelderland", 15.1, false, "voorlopig"),
                Bar.of("Utrecht & \"omgeving\"", 19.9),
                Bar.of("Noord-Holland", 15.1));
        return Input.of("Aandeel <techniek> per provincie", "Utrecht hoogst, Fryslân laagst.", PERCENT, bars,
                "geen gegevens").withReference(new Reference(15.6, "Nederland: 15,6 %"));
    }

    private static String render(Input input) {
        return new BarChart("regio", 720).render(input);
    }

    private static List<String> rowTitles(SvgDocument document) {
        return document.withClass("g", "tp-chart__bar").stream().map(g -> SvgDocument.titleOf(g).orElseThrow())
                .toList();
    }

    @Test
    void isAnAccessibleWellFormedSvgWithEscapedText() {
        String svg = render(sample());

        SvgDocument document = assertAccessibleSvg(svg, "regio", "Aandeel <techniek> per provincie",
                "Utrecht hoogst, Fryslân laagst.");
        assertThat(svg).contains("Utrecht &amp; &quot;omgeving&quot;").doesNotContain("Utrecht & ");
        assertThat(document.texts()).contains("Utrecht & \"omgeving\"");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(render(sample())).isEqualTo(render(sample()));
    }

    @Test
    void sortsLargestFirstWithMissingValuesLastAndTiesAsGiven() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        assertThat(rowTitles(document)).containsExactly(
                "Utrecht & \"omgeving\": 19,9 %",
                "Flevoland: 17,5 %",
                "Gelderland: 15,1 % (voorlopig)",
                "Noord-Holland: 15,1 %",
                "Groningen: 14,2 %",
                "Fryslân: 12,8 %",
                "Drenthe: geen gegevens",
                "Overijssel: onderdrukt");
    }

    @Test
    void drawsOneBarPerValueAndTextInsteadOfABarWithoutValue() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        assertThat(document.inGroup("tp-chart__bars", "rect")).hasSize(6);
        assertThat(document.inGroup("tp-chart__bars", "text")).extracting(Element::getTextContent)
                .contains("19,9 %", "15,1 % (voorlopig)", "geen gegevens", "onderdrukt");
        Element noData = document.inGroup("tp-chart__bars", "text").stream()
                .filter(t -> t.getTextContent().equals("geen gegevens")).findFirst().orElseThrow();
        assertThat(noData.getAttribute("font-style")).isEqualTo("italic");
    }

    @Test
    void barLengthsAreProportionalToTheValues() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        List<Element> rects = document.inGroup("tp-chart__bars", "rect");
        double utrecht = Double.parseDouble(rects.get(0).getAttribute("width"));
        double groningen = Double.parseDouble(rects.get(4).getAttribute("width"));
        assertThat(groningen / utrecht).isCloseTo(14.2 / 19.9, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rects).extracting(r -> r.getAttribute("x")).containsOnly(rects.getFirst().getAttribute("x"));
    }

    @Test
    void theHighlightedBarIsDarkerAndBold() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        Element highlighted = document.withClass("g", "tp-chart__bar--highlighted").getFirst();
        assertThat(SvgDocument.titleOf(highlighted)).contains("Fryslân: 12,8 %");
        Element rect = (Element) highlighted.getElementsByTagNameNS(SvgDocument.SVG_NS, "rect").item(0);
        assertThat(rect.getAttribute("fill")).isEqualTo(BarChart.HIGHLIGHT_COLOUR);
        assertThat(highlighted.getElementsByTagNameNS(SvgDocument.SVG_NS, "text").item(0).getAttributes()
                .getNamedItem("font-weight").getNodeValue()).isEqualTo("bold");
        assertThat(document.inGroup("tp-chart__bars", "rect")).filteredOn(r -> r != rect)
                .extracting(r -> r.getAttribute("fill")).containsOnly(BarChart.BAR_COLOUR);
    }

    @Test
    void theReferenceIsADashedLabelledVerticalLine() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        List<Element> segments = document.inGroup("tp-chart__reference", "line");
        String x = segments.getFirst().getAttribute("x1");
        assertThat(segments).allSatisfy(line -> {
            assertThat(line.getAttribute("x1")).isEqualTo(x);
            assertThat(line.getAttribute("x2")).isEqualTo(x);
            assertThat(line.getAttribute("stroke-dasharray")).isEqualTo(BarChart.REFERENCE_DASH);
        });
        assertThat(document.inGroup("tp-chart__reference", "text")).singleElement()
                .extracting(Element::getTextContent).isEqualTo("Nederland: 15,6 %");
    }

    @Test
    void theReferenceLineStopsWhereItWouldCrossAValueText() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        // 15,6 % runs through the texts after Gelderland (15,1 % (voorlopig)), Noord-Holland and Groningen: rows 3-5
        List<Element> segments = document.inGroup("tp-chart__reference", "line");
        assertThat(segments).hasSize(2);
        double rowTop = 30;
        assertThat(Double.parseDouble(segments.get(0).getAttribute("y1"))).isEqualTo(rowTop - 6);
        assertThat(Double.parseDouble(segments.get(0).getAttribute("y2"))).isEqualTo(rowTop + 2 * 26 + 4);
        assertThat(Double.parseDouble(segments.get(1).getAttribute("y1"))).isEqualTo(rowTop + 5 * 26 - 3);
    }

    @Test
    void heightGrowsWithTheNumberOfBars() {
        BarChart chart = new BarChart("groei", 600);
        Input two = Input.of("t", "d", PERCENT, List.of(Bar.of("a", 1.0), Bar.of("b", 2.0)), "geen gegevens");
        Input four = Input.of("t", "d", PERCENT, List.of(Bar.of("a", 1.0), Bar.of("b", 2.0), Bar.of("c", 3.0),
                Bar.of("d", 4.0)), "geen gegevens");

        assertThat(chart.height(four) - chart.height(two)).isEqualTo(2 * 26);
        assertThat(SvgDocument.parse(chart.render(four)).root().getAttribute("viewBox"))
                .isEqualTo("0 0 600.0 " + Svg.num(chart.height(four)));
    }

    @Test
    void ordersAscendingOrAsGiven() {
        List<Bar> bars = List.of(Bar.of("b", 2.0), Bar.of("leeg", null), Bar.of("a", 1.0), Bar.of("c", 3.0));

        assertThat(BarChart.sorted(bars, Order.ASCENDING)).extracting(Bar::label).containsExactly("a", "b", "c", "leeg");
        assertThat(BarChart.sorted(bars, Order.AS_GIVEN)).extracting(Bar::label).containsExactly("b", "a", "c", "leeg");
        assertThat(BarChart.sorted(bars, Order.DESCENDING)).extracting(Bar::label).containsExactly("c", "b", "a", "leeg");
    }

    @Test
    void longLabelsAreShortenedWithTheFullTextInTheTooltip() {
        String longName = "Stedendriehoek en Noordwest Veluwe en nog veel meer gemeenten in de regio";
        String svg = new BarChart("lang", 400).render(Input.of("t", "d", PERCENT,
                List.of(Bar.of(longName, 3.0), Bar.of("Kort", 2.0)), "geen gegevens"));

        SvgDocument document = SvgDocument.parse(svg);
        assertThat(document.texts()).anySatisfy(t -> assertThat(t).endsWith("\u2026").hasSizeLessThan(longName.length()));
        assertThat(rowTitles(document)).contains(longName + ": 3,0 %");
    }

    @Test
    void negativeValuesGoLeftOfZero() {
        String svg = new BarChart("neg", 500).render(Input.of("t", "d", NumberStyle.dutch(0, ""),
                List.of(Bar.of("plus", 10.0), Bar.of("min", -5.0)), "geen gegevens"));

        List<Element> rects = SvgDocument.parse(svg).inGroup("tp-chart__bars", "rect");
        double zero = Double.parseDouble(rects.get(0).getAttribute("x"));
        Element minus = rects.get(1);
        assertThat(Double.parseDouble(minus.getAttribute("x")) + Double.parseDouble(minus.getAttribute("width")))
                .isCloseTo(zero, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void onlyMissingValuesStillRender() {
        String svg = new BarChart("leeg", 400).render(Input.of("t", "d", PERCENT,
                List.of(Bar.of("a", null), Bar.of("b", null)), "geen gegevens"));

        SvgDocument document = SvgDocument.parse(svg);
        assertThat(document.inGroup("tp-chart__bars", "rect")).isEmpty();
        assertThat(document.texts()).filteredOn("geen gegevens"::equals).hasSize(2);
    }

    @Test
    void refusesEmptyInput() {
        assertThatThrownBy(() -> Input.of("t", "d", PERCENT, List.of(), "geen gegevens"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Input.of("t", "d", PERCENT, List.of(Bar.of("a", 1.0)), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart("smal", 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
