package nl.techniekpact.importers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Header lines of DUO's school registers, for tests. The current po header is the real one of the 2026 file
 * (checked against it by {@code SchoolRegisterReaderRealFileTest}); the others are the published layouts as
 * public code reads them — the column names are DUO's, their order is that of the file where the source shows it
 * (noted per constant). Data rows in the tests are made up or, where said, copied from a source.
 */
final class SchoolRegisters {

    private static final String REGIONS = "NODAAL GEBIED CODE;NODAAL GEBIED NAAM;RPA-GEBIED CODE;RPA-GEBIED NAAM;"
            + "WGR-GEBIED CODE;WGR-GEBIED NAAM;COROPGEBIED CODE;COROPGEBIED NAAM;ONDERWIJSGEBIED CODE;"
            + "ONDERWIJSGEBIED NAAM;RMC-REGIO CODE;RMC-REGIO NAAM";
    private static final String CORRESPONDENCE = "STRAATNAAM CORRESPONDENTIEADRES;HUISNUMMER-TOEVOEGING "
            + "CORRESPONDENTIEADRES;POSTCODE CORRESPONDENTIEADRES;PLAATSNAAM CORRESPONDENTIEADRES";
    private static final String ADDRESS = "STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;"
            + "GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES";

    /** "02. Alle schoolvestigingen basisonderwijs", 2026 (../shared/external-data/duo-vestigingen-po-2026). */
    static final String PO_CURRENT = "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;"
            + ADDRESS + ";" + CORRESPONDENCE + ";" + REGIONS + ";VAKANTIEREGIO";

    /**
     * "03. Alle vestigingen basisonderwijs" before the renaming, as openstate/openonderwijsdata-api
     * (onderwijsscrapers/spiders/duo_po_branches.py) reads it, including the trailing space of
     * {@code VESTIGINGSNAAM }; order as in the vo file of the same period.
     */
    static final String PO_OLD = "PROVINCIE;BEVOEGD GEZAG NUMMER;BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM ;"
            + ADDRESS + ";" + CORRESPONDENCE + ";" + REGIONS;

    /**
     * "02. Alle vestigingen vo" before the renaming, 31 columns in this order: a printed {@code head()} of the file in
     * a public R exam notebook, and openstate/openonderwijsdata-api (onderwijsscrapers/spiders/duo_vo_branches.py).
     */
    static final String VO_OLD = "PROVINCIE;BEVOEGD GEZAG NUMMER;BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;"
            + ADDRESS + ";ONDERWIJSSTRUCTUUR;" + CORRESPONDENCE + ";" + REGIONS;

    /**
     * "02. Alle vestigingen vo" now: {@code INSTELLINGSCODE} and a 6-character {@code VESTIGINGSCODE} (as public
     * download scripts of 02.-alle-vestigingen-vo.csv read it); {@code VAKANTIEREGIO} is assumed at the end as in the
     * po register.
     */
    static final String VO_CURRENT = VO_OLD.replace("BRIN NUMMER;VESTIGINGSNUMMER", "INSTELLINGSCODE;VESTIGINGSCODE")
            + ";VAKANTIEREGIO";

    /**
     * "01. Adressen hoofdvestigingen" vo: one row per institution, {@code INSTELLINGSNAAM}, no location column; order
     * of the field list in a public loader test of 01.-hoofdvestigingen-vo.csv.
     */
    static final String VO_INSTITUTIONS = "PROVINCIE;BEVOEGD GEZAG NUMMER;BRIN NUMMER;INSTELLINGSNAAM;" + ADDRESS
            + ";ONDERWIJSSTRUCTUUR;" + CORRESPONDENCE + ";" + REGIONS;

    /**
     * "01. Adressen mbo-instellingen", older: names as openstate/openonderwijsdata-api
     * (onderwijsscrapers/schemas/duo/institutions.csv) maps them; order assumed.
     */
    static final String MBO_OLD = "PROVINCIE;BEVOEGD GEZAG NUMMER;BRIN NUMMER;INSTELLINGSNAAM;" + ADDRESS
            + ";MBO INSTELLINGSSOORT - CODE;MBO INSTELLINGSSOORT - NAAM;" + CORRESPONDENCE + ";" + REGIONS;

    /** The same now: {@code INSTELLINGSCODE} beside {@code MBO INSTELLINGSSOORT - CODE} and {@code INSTELLINGSNAAM}. */
    static final String MBO_CURRENT = MBO_OLD.replace("BRIN NUMMER", "INSTELLINGSCODE");

    private SchoolRegisters() {
    }

    /**
     * A data row for {@code header}: {@code cells} alternate a column name (as in the header, trimmed) and its value;
     * every other column is blank.
     */
    static String row(String header, String... cells) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            values.put(cells[i], cells[i + 1]);
        }
        List<String> names = Arrays.stream(header.split(";", -1)).map(String::strip).toList();
        if (!names.containsAll(values.keySet())) {
            throw new IllegalArgumentException("Not in the header: " + values.keySet());
        }
        return String.join(";", names.stream().map(name -> values.getOrDefault(name, "")).toList());
    }
}
