package nl.techniekpact.schemes.finder;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.techniekpact.loket.Places;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Municipalities;
import nl.techniekpact.pact.Landsdelen;
import org.springframework.stereotype.Service;

/**
 * Turns the finder's "where do you live or work" into the pact's regions: a postcode through the Loket's postcode
 * areas ({@link Places}), a municipality or province by its name through the monitor's municipalities and the
 * crosswalk ({@link Municipalities}), and the province into its Techniekpact landsdeel through the pact
 * ({@link Landsdelen}). "Nederland" (or the finder's skip link) means the whole country.
 */
@Service
public class Localities {

    public static final int MAX_LENGTH = 100;
    public static final String NATIONWIDE_PARAM = "heel-nederland";

    /** Either a locality or the message key of why the answer cannot be used. */
    public record Resolution(Locality locality, String error) {
    }

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}\\s*[A-Za-z]{0,2}");
    private static final Set<String> COUNTRY = Set.of("nederland", "heel nederland", "landelijk", "heel-nederland");
    /** Everyday names of municipalities whose official (CBS) name differs. */
    private static final Map<String, String> ALIASES = Map.of("den haag", "'s-gravenhage", "den bosch",
            "'s-hertogenbosch", "friesland", "fryslan");

    private final Places places;
    private final Municipalities municipalities;
    private final Landsdelen landsdelen;

    Localities(Places places, Municipalities municipalities, Landsdelen landsdelen) {
        this.places = places;
        this.municipalities = municipalities;
        this.landsdelen = landsdelen;
    }

    public Resolution resolve(String input) {
        if (input == null || input.isBlank()) {
            return new Resolution(null, "finder.error.plaats.missing");
        }
        if (input.length() > MAX_LENGTH) {
            return new Resolution(null, "finder.error.plaats.tooLong");
        }
        String text = input.strip();
        if (COUNTRY.contains(plain(text))) {
            return new Resolution(Locality.NATIONWIDE, null);
        }
        if (POSTCODE.matcher(text).matches()) {
            return places.of(text).flatMap(a -> ofMunicipality(a.municipalityCode()))
                    .map(l -> new Resolution(l, null))
                    .orElse(new Resolution(null, "finder.error.plaats.postcodeUnknown"));
        }
        String name = ALIASES.getOrDefault(plain(text).replaceFirst("^(gemeente|provincie) ", ""),
                plain(text).replaceFirst("^(gemeente|provincie) ", ""));
        List<Geography> all = municipalities.regions(Set.of(Geography.Kind.MUNICIPALITY));
        List<Locality> exact = current(all.stream().filter(g -> plain(g.name()).equals(name)).toList());
        List<Locality> found = exact.isEmpty()
                ? current(all.stream().filter(g -> withoutSuffix(plain(g.name())).equals(name)).toList()) : exact;
        if (found.size() > 1) {
            return new Resolution(null, "finder.error.plaats.ambiguous");
        }
        if (found.size() == 1) {
            return new Resolution(found.get(0), null);
        }
        return landsdelen.provinces().stream().filter(p -> plain(p.name()).equals(name)).findFirst()
                .map(p -> new Resolution(withLandsdeel(null, null, p.code(), p.name()), null))
                .orElse(new Resolution(null, "finder.error.plaats.unknown"));
    }

    /** The municipalities among {@code candidates} that the crosswalk places in a province now, once each. */
    private List<Locality> current(List<Geography> candidates) {
        return candidates.stream().map(Geography::code).distinct().map(this::ofMunicipality)
                .flatMap(Optional::stream).toList();
    }

    /** CBS tells municipalities of one name apart by their province: "Middelburg (Z.)", "Bergen (NH.)". */
    private static String withoutSuffix(String name) {
        return name.replaceFirst("\\s*\\([a-z. ]+\\)$", "");
    }

    private Optional<Locality> ofMunicipality(String code) {
        List<Geography> regions = municipalities.regionsOf(code);
        return regions.stream().filter(g -> g.kind() == Geography.Kind.PROVINCE).findFirst()
                .map(p -> withLandsdeel(code, municipalities.name(code), p.code(), p.name()));
    }

    private Locality withLandsdeel(String municipalityCode, String municipalityName, String provinceCode,
                                   String provinceName) {
        Optional<Landsdelen.Landsdeel> landsdeel = landsdelen.all().stream()
                .filter(l -> l.provinceCodes().contains(provinceCode)).findFirst();
        return new Locality(municipalityCode, municipalityName, provinceCode, provinceName,
                landsdeel.map(Landsdelen.Landsdeel::code).orElse(null),
                landsdeel.map(Landsdelen.Landsdeel::name).orElse(null));
    }

    static String plain(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s_]+", " ").trim();
    }
}
