package nl.techniekpact.schemes.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.SharedFiles;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The places to go say only what the seeds say: every part of a place's quoted words (parts are separated by
 * "...") stands on the line of the seed the place cites, and every region the seeds' landsdelen have is covered
 * or left empty on purpose.
 */
class PlacesToGoTest {

    private static final Pattern SEED = Pattern.compile("seed (\\d{3})");
    private final PlacesToGo places = new PlacesToGo();

    @Test
    void everyQuoteStandsOnTheSeedLineItCites() {
        SoftAssertions soft = new SoftAssertions();
        for (PlacesToGo.Place p : places.all()) {
            Matcher m = SEED.matcher(p.source());
            assertThat(m.find()).as(p.id() + " names its seed").isTrue();
            String[] lines = SharedFiles.seed(m.group(1)).split("\n", -1);
            assertThat(p.line()).as(p.id() + " line").isBetween(1, lines.length);
            String line = plain(lines[p.line() - 1]);
            for (String part : p.stated().split("\\.\\.\\.")) {
                soft.assertThat(line).as(p.id() + " on seed " + m.group(1) + " line " + p.line()).contains(plain(part));
            }
        }
        soft.assertAll();
    }

    @Test
    void placesAreFoundByProvinceAndLandsdeelAndNationalOnesApart() {
        Locality groningen = new Locality("GM0014", "Groningen", "PV20", "Groningen", "TL01", "Noord");
        assertThat(places.regional(groningen)).extracting(PlacesToGo.Place::id).contains("scholingsalliantie-noord")
                .doesNotContain("uwv-zij-instroom", "leo-loopbaan");
        assertThat(places.regional(Locality.NATIONWIDE)).isEmpty();
        assertThat(places.national()).extracting(PlacesToGo.Place::id).contains("uwv-zij-instroom");
        assertThat(places.all()).allSatisfy(p -> assertThat(p.offers()).as(p.id()).isNotEmpty());
        assertThat(places.in("PV29")).as("Zeeland: the seeds name none").isEmpty();
        assertThat(List.of("TL01", "TL03")).allSatisfy(code -> assertThat(places.in(code)).isNotEmpty());
    }

    /** Markdown links reduced to their text, quotes and spaces made plain, trimmed. */
    private static String plain(String s) {
        return s.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace('“', '"').replace('”', '"')
                .replace('‘', '\'').replace('’', '\'').replaceAll("\\*", "").replaceAll("\\s+", " ").trim();
    }
}
