package nl.techniekpact.importers;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stable codes of the school regions (ADR 0009). An RMC region is {@code RMC} + DUO's two-digit
 * {@code RMC-REGIO CODE} (the code DUO's school registers carry), found from the Regioatlas 2016 name; a
 * samenwerkingsverband passend onderwijs keeps its own code ({@code VO-22-01}, {@code PO-30-10}).
 */
public final class RegionDivisionCodes {

    /** The 39 RMC regions of 2016 by their Regioatlas names, with DUO's numbers. */
    private static final Map<String, String> RMC = new LinkedHashMap<>();

    static {
        String[] names = {
            "01", "Oost-Groningen", "02", "Noord-Groningen-Eemsmond", "03", "Centraal en Westelijk Groningen",
            "04", "Friesland Noord", "05", "Zuidwest Friesland", "06", "Friesland-Oost",
            "07", "Noord en Midden Drenthe", "08", "Zuidoost Drenthe", "09", "Zuidwest Drenthe",
            "10", "IJssel-Vecht", "11", "Stedendriehoek", "12", "Twente", "13", "Achterhoek",
            // DUO later split 14 into 40 Rijk van Nijmegen and 41 Arnhem; 14 is the number it left unused.
            "14", "Arnhem/Nijmegen", "15", "Rivierenland", "16", "Eem en Vallei", "17", "Noordwest Veluwe",
            "18", "Flevoland", "19", "Utrecht", "20", "Gooi en Vechtstreek", "21", "Agglomeratie Amsterdam",
            "22", "West-Friesland", "23", "Kop van Noord-Holland", "24", "Noord-Kennemerland",
            "25", "West-Kennemerland", "26", "Zuid-Holland-Noord", "27", "Zuid-Holland-Oost", "28", "Haaglanden",
            "29", "Rijnmond", "30", "Zuid-Holland-Zuid", "31", "Oosterschelde Regio", "32", "Walcheren",
            "33", "Zeeuws-Vlaanderen", "34", "West-Brabant", "35", "Midden-Brabant", "36", "Noord-Oost-Brabant",
            "37", "Zuidoost-Brabant", "38", "Gewest Limburg-Noord", "39", "Gewest Zuid-Limburg"};
        for (int i = 0; i < names.length; i += 2) {
            RMC.put(key(names[i + 1]), "RMC" + names[i]);
        }
    }

    private RegionDivisionCodes() {
    }

    /** {@code RMC21} for "Agglomeratie Amsterdam"; case, accents, spaces and dashes do not matter. */
    public static Optional<String> rmc(String name) {
        return Optional.ofNullable(name == null ? null : RMC.get(key(name)));
    }

    public static int rmcRegions() {
        return RMC.size();
    }

    /** {@code VO-22-01} (vo) or {@code PO-30-10} (po): two digits for the province, two for the partnership. */
    public static boolean isPartnership(String code, String prefix) {
        return code != null && code.matches(prefix + "-\\d{2}-\\d{2}");
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
