package nl.techniekpact.pact;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pact's sources as documents a reader knows, instead of the transcription's working names ("seed 004: …",
 * "seed 001, ondertekening 2016"). The document titles are the ones the pact's own data gives for its sources.
 */
public final class Sources {

    /** The documents the transcription calls seed 000, 001 and 004, by their titles in the pact's data. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "000", "Rapportage Nationaal Techniekpact 2020 — de tussenstand in 2019 (20 mei 2019)",
            "001", "Techniekpact inzet 2016-2020",
            "004", "Bijlage 1 — De stand van zaken per maatregel van het Techniekpact (2014)");
    private static final Pattern SEED = Pattern.compile("^seed (\\d{3})(?:\\s*[:,]\\s*(.*))?$");

    private Sources() {
    }

    /**
     * "seed 004: Bijlage 1 — …" → "Bijlage 1 — …"; "seed 001, ondertekening 2016" → "Techniekpact inzet 2016-2020
     * (ondertekening 2016)"; a round's "reporting round 2026" → "rapportageronde 2026"; anything else as it is.
     */
    public static String document(String source) {
        if (source == null) {
            return null;
        }
        if (source.startsWith("reporting round ")) {
            return "rapportageronde " + source.substring("reporting round ".length());
        }
        Matcher seed = SEED.matcher(source.strip());
        if (!seed.matches()) {
            return source;
        }
        String title = DOCUMENTS.get(seed.group(1));
        String rest = seed.group(2);
        if (title == null) {
            return rest == null || rest.isBlank() ? source : rest;
        }
        if (rest == null || rest.isBlank() || title.startsWith(rest) || rest.startsWith(title)) {
            return rest != null && rest.length() > title.length() ? rest : title;
        }
        return rest.startsWith("Bijlage") || rest.startsWith("Rapportage") ? rest : title + " (" + rest + ")";
    }
}
