package nl.techniekpact.schemes.finder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import nl.techniekpact.schemes.Purpose;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The places to go for career advice and training that the seeds name, per region of the pact
 * ({@code schemes/places-to-go.yaml}, read strictly at start). Nothing here is stored: the file is the source.
 */
@Component
public class PlacesToGo {

    static final String FILE = "schemes/places-to-go.yaml";
    public static final String NATIONAL = "NL01";

    /** A place as a seed names it: the seed's words, the seed (document) and its line, and the year it speaks of. */
    public record Place(String id, String name, List<String> regions, List<Purpose> offers, String stated,
                        String source, int line, int year, String alsoIn) {

        public Place {
            regions = List.copyOf(regions);
            offers = List.copyOf(offers);
        }

        public boolean offers(Want want) {
            return want == null || want.purpose() == null || offers.contains(want.purpose());
        }
    }

    record Entry(String id, String name, List<String> regions, List<Purpose> offers, String stated, String source,
                 int line, int year, String alsoIn) {
    }

    record PlacesFile(Map<String, String> sources, List<Entry> places) {
    }

    private final List<Place> places;

    public PlacesToGo() {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        PlacesFile file;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            file = yaml.readValue(in, PlacesFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        places = file.places().stream().map(e -> {
            String doc = file.sources().get(e.source());
            if (doc == null || e.stated() == null || e.stated().isBlank() || e.regions().isEmpty()) {
                throw new IllegalStateException(FILE + ": place " + e.id() + " needs its words, a known source and a region");
            }
            return new Place(e.id(), e.name(), e.regions(), e.offers(), e.stated(), doc, e.line(), e.year(),
                    e.alsoIn());
        }).toList();
    }

    public List<Place> all() {
        return places;
    }

    /** The places of the whole country. */
    public List<Place> national() {
        return in(NATIONAL);
    }

    /** The places the seeds name for a region code (a landsdeel or a province), not counting national ones. */
    public List<Place> in(String regionCode) {
        return places.stream().filter(p -> regionCode != null && p.regions().contains(regionCode)).toList();
    }

    /** The places of the person's province and landsdeel (empty when nationwide or the seeds name none). */
    public List<Place> regional(Locality where) {
        return places.stream().filter(p -> !where.nationwide()
                        && (p.regions().contains(where.provinceCode())
                        || (where.landsdeelCode() != null && p.regions().contains(where.landsdeelCode()))))
                .toList();
    }
}
