package nl.techniekpact.importers;

import java.util.List;
import java.util.Set;

/**
 * The DUO open-data files the parser reads, with what they count and the columns each needs: only the
 * columns the monitor's cells are built from, so every published variant of a file is accepted (DUO renamed
 * {@code BRIN NUMMER} to {@code INSTELLINGSCODE}, dropped {@code TYPE HOGER ONDERWIJS} from the graduates files,
 * publishes years as columns or as rows, with or without a province column). {@link #niveau()} is the
 * {@code niveau} breakdown every row of the file gets ({@code hbo}, {@code wo}, {@code mbo}, {@code vo},
 * {@code po}); {@link #measure()} what the file counts.
 */
public enum DuoDataset {

    HBO_EERSTEJAARS("eerstejaars", "hbo", Layout.FIRST_YEARS),
    WO_EERSTEJAARS("eerstejaars", "wo", Layout.FIRST_YEARS),
    HBO_GEDIPLOMEERDEN("gediplomeerden", "hbo", Layout.GRADUATES),
    WO_GEDIPLOMEERDEN("gediplomeerden", "wo", Layout.GRADUATES),
    MBO_DEELNEMERS("deelnemers", "mbo", Layout.MBO),
    /** "01. Leerlingen vo per vestiging naar onderwijstype": values per leerjaar and sex, the year in the file name. */
    VO_ONDERWIJSTYPE("leerlingen", "vo", Layout.VO_SCHOOL_TYPE),
    /** "02. Alle schoolvestigingen basisonderwijs": a register, every row one location; no value columns. */
    PO_VESTIGINGEN("vestigingen", "po", Layout.PO_REGISTER),
    /** "06. Historisch overzicht aantal leerlingen per schoolvestiging": one column per year. */
    PO_LEERLINGEN("leerlingen", "po", Layout.PO_PUPILS);

    /**
     * The name the API, the command line and the open-data bundle use for this kind of file: {@code hbo-eerstejaars},
     * {@code mbo-deelnemers}, {@code vo-onderwijstype} (pupils by school type), {@code po-vestigingen} …
     */
    public String code() {
        return this == VO_ONDERWIJSTYPE ? "vo-onderwijstype" : niveau() + "-" + measure();
    }

    /** The kind of file with this {@link #code()}. */
    public static java.util.Optional<DuoDataset> ofCode(String code) {
        return code == null ? java.util.Optional.empty() : java.util.Arrays.stream(values())
                .filter(d -> d.code().equals(code.strip().toLowerCase(java.util.Locale.ROOT))).findFirst();
    }

    enum Layout {
        /** First-years: the share of women needs the sex, from GESLACHT or from MAN/VROUW value columns. */
        FIRST_YEARS(true, false, DuoColumn.GEMEENTENUMMER, DuoColumn.CROHO_ONDERDEEL),
        GRADUATES(false, false, DuoColumn.GEMEENTENUMMER, DuoColumn.CROHO_ONDERDEEL),
        MBO(false, false, DuoColumn.INSTELLING, DuoColumn.LEERWEG, DuoColumn.KWALIFICATIENIVEAU,
                DuoColumn.KWALIFICATIECODE, DuoColumn.MBO_SECTOR),
        VO_SCHOOL_TYPE(false, false, DuoColumn.INSTELLING, DuoColumn.VESTIGING, DuoColumn.PLAATSNAAM,
                DuoColumn.ONDERWIJSTYPE_VO, DuoColumn.VMBO_SECTOR),
        PO_REGISTER(false, true, DuoColumn.GEMEENTENUMMER, DuoColumn.VESTIGING),
        PO_PUPILS(false, false, DuoColumn.GEMEENTENUMMER, DuoColumn.VESTIGING, DuoColumn.SOORT_VESTIGING);

        private final boolean needsSex;
        private final boolean register;
        private final Set<DuoColumn> required;

        Layout(boolean needsSex, boolean register, DuoColumn... required) {
            this.needsSex = needsSex;
            this.register = register;
            this.required = Set.of(required);
        }

        /** Required columns in the enum's order, so errors come out in a stable order. */
        List<DuoColumn> required() {
            return List.of(DuoColumn.values()).stream().filter(required::contains).toList();
        }

        /** A column whose cells may not be blank where the column is present: the required ones and the sex. */
        boolean nonBlank(DuoColumn column) {
            return required.contains(column) || column == DuoColumn.GESLACHT;
        }

        boolean needsSex() {
            return needsSex;
        }

        /** Every row is one thing counted (a location); the file has no value columns. */
        boolean register() {
            return register;
        }
    }

    private final String measure;
    private final String niveau;
    private final Layout layout;

    DuoDataset(String measure, String niveau, Layout layout) {
        this.measure = measure;
        this.niveau = niveau;
        this.layout = layout;
    }

    public String measure() {
        return measure;
    }

    public String niveau() {
        return niveau;
    }

    Layout layout() {
        return layout;
    }
}
