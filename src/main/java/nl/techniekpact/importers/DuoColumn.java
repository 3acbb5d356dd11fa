package nl.techniekpact.importers;

import java.util.List;
import java.util.Locale;

/**
 * The DUO columns the parser understands, each with the header spellings seen in DUO files. Headers are
 * compared after {@link #normalise(String)}, so case, hyphens, underscores and repeated spaces do not
 * matter. A header no alias names is ignored (DUO adds columns between years). {@code key} is the breakdown
 * or label key the column's value is stored under.
 */
enum DuoColumn {

    GEMEENTENUMMER(Role.REGION, "gemeente", "GEMEENTENUMMER", "GEMEENTECODE", "GEMEENTE NUMMER",
            "GEMEENTECODE VESTIGING", "GEMEENTENUMMER VESTIGING"),
    PROVINCIE(Role.LABEL, "provincie", "PROVINCIE", "PROVINCIENAAM", "PROVINCIE VESTIGING"),
    GEMEENTENAAM(Role.LABEL, "gemeentenaam", "GEMEENTENAAM", "VESTIGINGSGEMEENTE", "GEMEENTENAAM VESTIGING"),
    SOORT_INSTELLING(Role.LABEL, "soort-instelling", "SOORT INSTELLING", "SOORTINS"),
    TYPE_HOGER_ONDERWIJS(Role.BREAKDOWN, "opleidingsfase", "TYPE HOGER ONDERWIJS", "OPLEIDINGSFASE"),
    SOORT_DIPLOMA(Role.BREAKDOWN, "soort-diploma", "SOORT DIPLOMA"),
    INSTELLING(Role.BREAKDOWN, "instelling", "BRIN NUMMER ACTUEEL", "BRIN NUMMER", "BRINNUMMER ACTUEEL", "BRINNUMMER",
            "INSTELLINGSCODE ACTUEEL", "INSTELLINGSCODE", "BRIN"),
    VESTIGING(Role.BREAKDOWN, "vestiging", "VESTIGINGSNUMMER", "VESTIGINGSCODE"),
    INSTELLINGSNAAM(Role.LABEL, "instellingsnaam", "INSTELLINGSNAAM ACTUEEL", "INSTELLINGSNAAM",
            "INSTELLINGSNAAM VESTIGING", "VESTIGINGSNAAM", "NAAM VESTIGING"),
    PLAATSNAAM(Role.LABEL, "plaatsnaam", "PLAATSNAAM", "VESTIGINGSPLAATS", "PLAATSNAAM VESTIGING"),
    SOORT_VESTIGING(Role.BREAKDOWN, "soort-vestiging", "SOORT VESTIGING"),
    ONDERWIJSTYPE_VO(Role.BREAKDOWN, "onderwijstype", "ONDERWIJSTYPE VO EN LEER OF VERBLIJFSJAAR", "ONDERWIJSTYPE VO",
            "ONDERWIJSTYPE"),
    VMBO_SECTOR(Role.BREAKDOWN, "vmbo-sector", "VMBO SECTOR"),
    AFDELING(Role.BREAKDOWN, "afdeling", "AFDELING"),
    ELEMENTCODE(Role.BREAKDOWN, "elementcode", "ELEMENTCODE"),
    CROHO_ONDERDEEL(Role.BREAKDOWN, "croho-onderdeel", "CROHO ONDERDEEL", "ONDERDEEL"),
    CROHO_SUBONDERDEEL(Role.BREAKDOWN, "croho-subonderdeel", "CROHO SUBONDERDEEL", "SUBONDERDEEL"),
    OPLEIDINGSCODE(Role.BREAKDOWN, "opleiding", "OPLEIDINGSCODE ACTUEEL", "OPLEIDINGSCODE"),
    OPLEIDINGSNAAM(Role.LABEL, "opleidingsnaam", "OPLEIDINGSNAAM ACTUEEL", "OPLEIDINGSNAAM"),
    OPLEIDINGSVORM(Role.BREAKDOWN, "opleidingsvorm", "OPLEIDINGSVORM"),
    GESLACHT(Role.BREAKDOWN, "geslacht", "GESLACHT"),
    LEERWEG(Role.BREAKDOWN, "leerweg", "TYPE MBO", "LEERWEG"),
    KWALIFICATIENIVEAU(Role.BREAKDOWN, "mbo-niveau", "KWALIFICATIENIVEAU", "NIVEAU"),
    KWALIFICATIECODE(Role.BREAKDOWN, "kwalificatie", "KWALIFICATIE CODE", "KWALIFICATIECODE"),
    KWALIFICATIENAAM(Role.LABEL, "kwalificatienaam", "KWALIFICATIE NAAM", "KWALIFICATIENAAM"),
    MBO_SECTOR(Role.BREAKDOWN, "sector", "MBO SECTOR", "SECTOR"),
    DOMEIN(Role.LABEL, "domein", "DOMEIN", "OPLEIDINGSDOMEIN"),
    /** Years as rows: the year of the row's single value column ({@code DIPLOMAJAAR;…;AANTAL_GEDIPLOMEERDEN}). */
    JAAR(Role.YEAR, "jaar", "DIPLOMAJAAR", "STUDIEJAAR", "JAAR", "PEILJAAR");

    enum Role { REGION, BREAKDOWN, LABEL, YEAR }

    private final Role role;
    private final String key;
    private final List<String> aliases;

    DuoColumn(Role role, String key, String... aliases) {
        this.role = role;
        this.key = key;
        this.aliases = List.of(aliases);
    }

    Role role() {
        return role;
    }

    String key() {
        return key;
    }

    /** The first alias: how error messages name the column. */
    String displayName() {
        return aliases.getFirst();
    }

    boolean matches(String normalisedHeader) {
        return aliases.contains(normalisedHeader);
    }

    /** Upper case, quotes and BOM removed, {@code -} and {@code _} read as spaces, runs of spaces as one. */
    static String normalise(String header) {
        return header.replace("\uFEFF", "").replace("\"", "").replace('-', ' ').replace('_', ' ')
                .strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
