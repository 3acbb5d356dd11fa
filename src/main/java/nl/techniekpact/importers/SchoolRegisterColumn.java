package nl.techniekpact.importers;

import java.util.List;

/**
 * The columns of DUO's school registers the reader uses, each with the header spellings of the published
 * layouts, compared after {@link DuoColumn#normalise} (case, hyphens, underscores and repeated or trailing spaces
 * do not matter: {@code HUISNUMMER-TOEVOEGING}, {@code VESTIGINGSNAAM } with its trailing space). Where a header
 * holds more than one alias of a column, the earlier alias in the list wins ({@code VESTIGINGSNAAM} over
 * {@code INSTELLINGSNAAM}). Any other column (correspondence address, regional divisions) is ignored.
 *
 * <p>Names seen: the 2026 po register ({@code INSTELLINGSCODE}, {@code VESTIGINGSCODE}, {@code VAKANTIEREGIO});
 * the older po and vo registers ({@code BRIN NUMMER}, {@code VESTIGINGSNUMMER}, no {@code VAKANTIEREGIO});
 * the vo registers' {@code ONDERWIJSSTRUCTUUR}; the registers of institutions ({@code 01. Adressen
 * hoofdvestigingen}, {@code 01. Adressen mbo-instellingen}: {@code INSTELLINGSNAAM}, no location column) with the
 * mbo file's {@code MBO INSTELLINGSSOORT - CODE} / {@code - NAAM} (also spelt {@code INSTELLINGSOORT}); and in DUO
 * pupil files read by others {@code BRINNUMMER}, {@code VESTIGINGS NUMMER} and {@code VESTIGINSNUMMER}.
 */
enum SchoolRegisterColumn {

    INSTITUTION("INSTELLINGSCODE", "BRIN NUMMER", "BRINNUMMER", "BRIN"),
    LOCATION("VESTIGINGSCODE", "VESTIGINGSNUMMER", "VESTIGINGS NUMMER", "VESTIGINSNUMMER"),
    NAME("VESTIGINGSNAAM", "NAAM VESTIGING", "INSTELLINGSNAAM VESTIGING", "INSTELLINGSNAAM"),
    STREET("STRAATNAAM"),
    HOUSE_NUMBER("HUISNUMMER TOEVOEGING", "HUISNUMMER"),
    POSTCODE("POSTCODE"),
    PLACE("PLAATSNAAM", "PLAATSNAAM VESTIGING", "VESTIGINGSPLAATS"),
    MUNICIPALITY_CODE("GEMEENTENUMMER", "GEMEENTECODE", "GEMEENTE NUMMER", "GEMEENTENUMMER VESTIGING",
            "GEMEENTECODE VESTIGING"),
    MUNICIPALITY_NAME("GEMEENTENAAM", "GEMEENTENAAM VESTIGING"),
    PROVINCE("PROVINCIE", "PROVINCIE VESTIGING"),
    WEBSITE("INTERNETADRES"),
    PHONE("TELEFOONNUMMER"),
    DENOMINATION("DENOMINATIE", "DENOMINATIE VESTIGING"),
    HOLIDAY_REGION("VAKANTIEREGIO"),
    /** Only in vo registers: its presence makes a file a vo register. */
    STRUCTURE("ONDERWIJSSTRUCTUUR"),
    /** Only in the mbo register of institutions: its presence makes a file an mbo register. */
    MBO_KIND("MBO INSTELLINGSSOORT CODE", "MBO INSTELLINGSSOORT NAAM", "MBO INSTELLINGSOORT CODE",
            "MBO INSTELLINGSOORT NAAM");

    private final List<String> aliases;

    SchoolRegisterColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** How error messages name the column. */
    String displayName() {
        return aliases.getFirst();
    }

    /** The position of {@code normalisedHeader} among the aliases (lower is preferred), or -1. */
    int rank(String normalisedHeader) {
        return aliases.indexOf(normalisedHeader);
    }
}
