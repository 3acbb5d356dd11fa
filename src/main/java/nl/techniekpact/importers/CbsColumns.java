package nl.techniekpact.importers;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which role a CBS data-set column plays. With metadata, DataProperties decides. Without it, CBS naming
 * habits do: {@code ID} is the row number, {@code Perioden} the time dimension, {@code RegioS} (and the other
 * CBS geo keys) the region, a key ending in {@code _<number>} ({@code OpenstaandeVacatures_1}) a topic, and
 * anything else a dimension.
 */
final class CbsColumns {

    private static final Set<String> GEO_KEYS = Set.of("RegioS", "Regio", "Gemeenten", "WijkenEnBuurten",
            "Provincies", "Arbeidsmarktregios", "Landsdelen", "Corop");
    private static final Pattern TOPIC = Pattern.compile(".+_\\d+");

    private CbsColumns() {
    }

    /** The role of {@code key}; null for the row number, and for a key metadata does not name. */
    static CbsMetadata.Kind kind(String key, CbsMetadata metadata) {
        if (key.equals("ID")) {
            return null;
        }
        if (!metadata.isEmpty()) {
            return metadata.property(key).map(CbsMetadata.Property::kind).orElse(null);
        }
        if (key.equals("Perioden")) {
            return CbsMetadata.Kind.TIME_DIMENSION;
        }
        if (GEO_KEYS.contains(key)) {
            return CbsMetadata.Kind.GEO_DIMENSION;
        }
        return TOPIC.matcher(key).matches() ? CbsMetadata.Kind.TOPIC : CbsMetadata.Kind.DIMENSION;
    }
}
