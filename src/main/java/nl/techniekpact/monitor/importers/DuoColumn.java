package nl.techniekpact.monitor.importers;

import java.util.List;
import java.util.Locale;

/**
 * The DUO columns the parser understands, each with the header spellings seen in DUO files. Headers are
 * compared after {@link #normalise(String)}, so case, hyphens, underscores and repeated spaces do not
 * matter. A header no alias names is ignored (DUO adds columns between years). {@code key} is the breakdown
 * or label key the column's value is stored under.
 */
enum DuoColumn {

    GEMEENTENUMMER(Role.REGION, "gemeente", "GEMEENTENUMMER", "GEMEENTECODE", "GEMEENTE NUMMER"),
    PROVINCIE(Role.LABEL, "provincie", "PROVINCIE", "PROVINCIENAAM"),
    GEMEENTENAAM(Role.LABEL, "gemeentenaam", "GEMEENTENAAM", "VESTIGINGSGEMEENTE"),
    SOORT_INSTELLING(Role.LABEL, "soort-instelling", "SOORT INSTELLING", "SOORTINS"),
    TYPE_HOGER_ONDERWIJS(Role.BREAKDOWN, "opleidingsfase", "TYPE HOGER ONDERWIJS", "OPLEIDINGSFASE"),
    INSTELLING(Role.BREAKDOWN, "instelling", "BRIN NUMMER ACTUEEL", "BRIN NUMMER", "INSTELLINGSCODE ACTUEEL",
            "INSTELLINGSCODE", "BRIN"),
    INSTELLINGSNAAM(Role.LABEL, "instellingsnaam", "INSTELLINGSNAAM ACTUEEL", "INSTELLINGSNAAM"),
    PLAATSNAAM(Role.LABEL, "plaatsnaam", "PLAATSNAAM", "VESTIGINGSPLAATS"),
    CROHO_ONDERDEEL(Role.BREAKDOWN, "croho-onderdeel", "CROHO ONDERDEEL"),
    CROHO_SUBONDERDEEL(Role.BREAKDOWN, "croho-subonderdeel", "CROHO SUBONDERDEEL"),
    OPLEIDINGSCODE(Role.BREAKDOWN, "opleiding", "OPLEIDINGSCODE ACTUEEL", "OPLEIDINGSCODE"),
    OPLEIDINGSNAAM(Role.LABEL, "opleidingsnaam", "OPLEIDINGSNAAM ACTUEEL", "OPLEIDINGSNAAM"),
    OPLEIDINGSVORM(Role.BREAKDOWN, "opleidingsvorm", "OPLEIDINGSVORM"),
    GESLACHT(Role.BREAKDOWN, "geslacht", "GESLACHT"),
    LEERWEG(Role.BREAKDOWN, "leerweg", "TYPE MBO", "LEERWEG"),
    KWALIFICATIENIVEAU(Role.BREAKDOWN, "mbo-niveau", "KWALIFICATIENIVEAU", "NIVEAU"),
    KWALIFICATIECODE(Role.BREAKDOWN, "kwalificatie", "KWALIFICATIE CODE", "KWALIFICATIECODE"),
    KWALIFICATIENAAM(Role.LABEL, "kwalificatienaam", "KWALIFICATIE NAAM", "KWALIFICATIENAAM"),
    MBO_SECTOR(Role.BREAKDOWN, "sector", "MBO SECTOR", "SECTOR"),
    DOMEIN(Role.LABEL, "domein", "DOMEIN", "OPLEIDINGSDOMEIN");

    enum Role { REGION, BREAKDOWN, LABEL }

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
