package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.w3c.dom.Element;

/** Checks every chart must pass: accessible name, no style attributes or elements, no scripts. */
final class ChartAssertions {

    private static final List<String> ALLOWED = List.of("svg", "g", "path", "line", "rect", "circle", "text",
            "title", "desc", "defs", "pattern");

    private ChartAssertions() {
    }

    static SvgDocument assertAccessibleSvg(String svg, String prefix, String title, String description) {
        SvgDocument document = SvgDocument.parse(svg);
        Element root = document.root();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SvgDocument.SVG_NS);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(prefix + "-title " + prefix + "-desc");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+\\.\\d \\d+\\.\\d");
        assertThat(document.byId(prefix + "-title").getLocalName()).isEqualTo("title");
        assertThat(document.byId(prefix + "-title").getTextContent()).isEqualTo(title);
        assertThat(document.byId(prefix + "-desc").getLocalName()).isEqualTo("desc");
        assertThat(document.byId(prefix + "-desc").getTextContent()).isEqualTo(description);
        assertThat(document.all("*")).allSatisfy(e -> {
            assertThat(e.getLocalName()).isIn(ALLOWED);
            assertThat(e.hasAttribute("style")).as("style attribute on %s", e.getLocalName()).isFalse();
            assertThat(e.getAttribute("id")).satisfiesAnyOf(id -> assertThat(id).isEmpty(),
                    id -> assertThat(id).startsWith(prefix + "-"));
        });
        assertThat(svg).doesNotContain("<script", "<style", "javascript:").doesNotContainPattern("\\s(style|on\\w+)\\s*=");
        return document;
    }
}
