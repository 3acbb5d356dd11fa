package nl.techniekpact.charts;

import static nl.techniekpact.charts.ChartAssertions.assertAccessibleSvg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.techniekpact.charts.LineChart.Baseline;
import nl.techniekpact.charts.LineChart.Input;
import nl.techniekpact.charts.LineChart.Point;
import nl.techniekpact.charts.LineChart.Projection;
import nl.techniekpact.charts.LineChart.Target;

class LineChartTest {

    private static final NumberStyle PERCENT = NumberStyle.dutch(1, "%");

    static Input sample() {
        List<Point> points = List.of(
                new Point("2013/2014", 2013, 38.1),
                new Point("2014/2015", 2014, 39.4),
                new Point("2015/2016", 2015, null),
                new Point("2016/2017", 2016, 42.0),
                new Point("2017/2018", 2017, 43.5),
                new Point("2018/2019", 2018, 44.9));
        return Input.of("Instroom techniek <hbo> & mbo", "Het aandeel steeg van 38,1 % naar 44,9 %.",
                        "Aandeel techniek (%)", PERCENT, "Gemeten", points)
                .withTarget(new Target(55, 2020, "Doel 2020: 55 %"))
                .withProjection(new Projection(List.of(new Point("2018/2019", 2018, 44.9),
                        new Point("2019/2020", 2019, 46.5), new Point("2020/2021", 2020, 48.0)), "Prognose"))
                .withBaseline(new Baseline(2013, "Nulmeting 2013"));
    }

    private static String render(Input input) {
        return new LineChart("trend", 640, 360).render(input);
    }

    @Test
    void isAnAccessibleWellFormedSvgWithEscapedText() {
        String svg = render(sample());

        SvgDocument document = assertAccessibleSvg(svg, "trend", "Instroom techniek <hbo> & mbo",
                "Het aandeel steeg van 38,1 % naar 44,9 %.");
        assertThat(svg).contains("Instroom techniek &lt;hbo&gt; &amp; mbo");
        assertThat(document.root().getAttribute("viewBox")).isEqualTo("0 0 640.0 360.0");
        assertThat(document.root().getAttribute("class")).isEqualTo("tp-chart tp-chart--line");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(render(sample())).isEqualTo(render(sample()));
    }

    @Test
    void theTargetIsADashedLabelledHorizontalLine() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        List<Element> lines = document.inGroup("tp-chart__target", "line");
        assertThat(lines).hasSize(1);
        Element line = lines.getFirst();
        assertThat(line.getAttribute("stroke-dasharray")).isEqualTo(LineChart.TARGET_DASH);
        assertThat(line.getAttribute("y1")).isEqualTo(line.getAttribute("y2"));
        assertThat(Double.parseDouble(line.getAttribute("x2"))).isGreaterThan(Double.parseDouble(line.getAttribute("x1")));
        assertThat(document.inGroup("tp-chart__target", "text")).singleElement()
                .extracting(Element::getTextContent).isEqualTo("Doel 2020: 55 %");
    }

    @Test
    void theTargetStartsAtTheFirstMeasurementAndEndsAtTheTargetYear() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        Element line = document.inGroup("tp-chart__target", "line").getFirst();
        List<Element> dots = document.inGroup("tp-chart__series", "circle");
        assertThat(line.getAttribute("x1")).isEqualTo(dots.getFirst().getAttribute("cx"));
        List<Element> projected = document.inGroup("tp-chart__projection", "circle");
        assertThat(line.getAttribute("x2")).isEqualTo(projected.getLast().getAttribute("cx"));
    }

    @Test
    void theProjectionIsDottedAndInTheLegend() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        Element path = document.inGroup("tp-chart__projection", "path").getFirst();
        assertThat(path.getAttribute("stroke-dasharray")).isEqualTo(LineChart.PROJECTION_DASH);
        assertThat(path.getAttribute("stroke-linecap")).isEqualTo("round");
        assertThat(document.inGroup("tp-chart__legend", "text")).extracting(Element::getTextContent)
                .containsExactly("Gemeten", "Prognose", "Nulmeting 2013");
        assertThat(document.inGroup("tp-chart__legend", "line")).anySatisfy(
                l -> assertThat(l.getAttribute("stroke-dasharray")).isEqualTo(LineChart.PROJECTION_DASH));
    }

    @Test
    void aMissingValueBreaksTheLineAndGetsNoDot() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        String d = document.inGroup("tp-chart__series", "path").getFirst().getAttribute("d");
        assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(d).matches("M[\\d.,]+L[\\d.,]+M[\\d.,]+(L[\\d.,]+){2}");
        assertThat(document.inGroup("tp-chart__series", "circle")).hasSize(5)
                .map(c -> SvgDocument.titleOf(c).orElseThrow())
                .containsExactly("2013/2014: 38,1 %", "2014/2015: 39,4 %", "2016/2017: 42,0 %", "2017/2018: 43,5 %",
                        "2018/2019: 44,9 %");
    }

    @Test
    void theBaselineIsAVerticalLineWithARingAroundTheMeasuredValue() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        Element line = document.inGroup("tp-chart__baseline", "line").getFirst();
        assertThat(line.getAttribute("x1")).isEqualTo(line.getAttribute("x2"));
        Element ring = document.inGroup("tp-chart__baseline", "circle").getFirst();
        assertThat(ring.getAttribute("fill")).isEqualTo("none");
        assertThat(ring.getAttribute("cx")).isEqualTo(document.inGroup("tp-chart__series", "circle").getFirst()
                .getAttribute("cx"));
    }

    @Test
    void theYAxisStartsAtZeroWithNiceTicks() {
        SvgDocument document = SvgDocument.parse(render(sample()));

        assertThat(document.inGroup("tp-chart__grid", "text")).extracting(Element::getTextContent)
                .containsExactly("0", "10", "20", "30", "40", "50", "60");
        assertThat(document.texts()).contains("Aandeel techniek (%)");
    }

    @Test
    void theYAxisHugsDataFarFromZero() {
        assertThat(LineChart.yScale(95961, 113422)).isEqualTo(NiceScale.of(95961, 113422, 6));
        assertThat(LineChart.yScale(95961, 113422).min()).isEqualTo(95000);
        assertThat(LineChart.yScale(38, 55).min()).isZero();
        assertThat(LineChart.yScale(40, 55).min()).isZero();
        assertThat(LineChart.yScale(45, 55).min()).isEqualTo(44);
        assertThat(LineChart.yScale(-55, -45).max()).isEqualTo(-44);
        assertThat(LineChart.yScale(-5, 10).min()).isEqualTo(-5);
        assertThat(LineChart.yScale(0, 0).max()).isEqualTo(1);
    }

    @Test
    void crowdedXLabelsAreThinnedButEveryPositionKeepsItsTick() {
        List<Point> points = new ArrayList<>();
        for (int year = 2000; year <= 2024; year++) {
            points.add(new Point(year + "/" + (year + 1), year, 10.0 + year % 7));
        }
        String svg = new LineChart("dense", 480, 300).render(
                Input.of("Dicht", "Veel jaren", "", PERCENT, null, points));

        SvgDocument document = SvgDocument.parse(svg);
        List<Element> axisLabels = document.inGroup("tp-chart__axis", "text");
        assertThat(document.inGroup("tp-chart__axis", "line")).hasSize(1 + 25);
        assertThat(axisLabels.size()).isBetween(3, 12);
        assertThat(axisLabels.getFirst().getTextContent()).isEqualTo("2000/2001");
        for (int i = 1; i < axisLabels.size(); i++) {
            double previous = Double.parseDouble(axisLabels.get(i - 1).getAttribute("x"));
            double next = Double.parseDouble(axisLabels.get(i).getAttribute("x"));
            assertThat(next - previous).isGreaterThan(Svg.textWidth("2000/2001", 12));
        }
        assertThat(document.withClass("g", "tp-chart__legend")).isEmpty();
    }

    @Test
    void labelStepIsTheSmallestThatFits() {
        assertThat(LineChart.labelStep(50, 100)).isEqualTo(1);
        assertThat(LineChart.labelStep(50, 30)).isEqualTo(2);
        assertThat(LineChart.labelStep(50, 10)).isEqualTo(6);
        assertThat(LineChart.labelStep(50, Double.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void aSinglePointIsDrawnAsADot() {
        String svg = new LineChart("one", 400, 240).render(Input.of("Eén jaar", "Alleen 2019", "Aantal",
                NumberStyle.dutch(0, ""), null, List.of(new Point("2019", 2019, 1234.0))));

        SvgDocument document = assertAccessibleSvg(svg, "one", "Eén jaar", "Alleen 2019");
        assertThat(document.inGroup("tp-chart__series", "circle")).singleElement()
                .satisfies(c -> assertThat(SvgDocument.titleOf(c)).contains("2019: 1.234"));
    }

    @Test
    void allGapsStillGiveAnAxis() {
        String svg = new LineChart("gaps", 400, 240).render(Input.of("Leeg", "Geen waarden", "%", PERCENT, null,
                List.of(new Point("2019", 2019, null), new Point("2020", 2020, null))));

        SvgDocument document = SvgDocument.parse(svg);
        assertThat(document.inGroup("tp-chart__series", "path")).isEmpty();
        assertThat(document.inGroup("tp-chart__grid", "text")).isNotEmpty();
    }

    @Test
    void refusesInputThatCannotBeMadeAccessible() {
        List<Point> one = List.of(new Point("2019", 2019, 1.0));
        assertThatThrownBy(() -> Input.of(" ", "d", "", PERCENT, null, one)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Input.of("t", "d", "", PERCENT, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Input.of("t", "d", "", PERCENT, null, one).withBaseline(new Baseline(2019, "B")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart("x y", 400, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Point("2019", 2019, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
