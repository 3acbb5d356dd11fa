package nl.techniekpact.monitor.importers;

import java.util.List;
import java.util.Set;

/**
 * The DUO open-data files the parser reads, with what they count and the columns a row needs to be
 * identified. Only HBO_EERSTEJAARS and MBO_DEELNEMERS are checked against real files; the wo and graduate
 * files share the hbo layout per DUO's documentation (CROHO columns, year columns), not verified here.
 * {@link #niveau()} is the {@code niveau} breakdown every row of the file gets ({@code hbo}, {@code wo},
 * {@code mbo}); {@link #measure()} what the file counts.
 */
public enum DuoDataset {

    HBO_EERSTEJAARS("eerstejaars", "hbo", Layout.HIGHER_EDUCATION),
    WO_EERSTEJAARS("eerstejaars", "wo", Layout.HIGHER_EDUCATION),
    HBO_GEDIPLOMEERDEN("gediplomeerden", "hbo", Layout.HIGHER_EDUCATION),
    WO_GEDIPLOMEERDEN("gediplomeerden", "wo", Layout.HIGHER_EDUCATION),
    MBO_DEELNEMERS("deelnemers", "mbo", Layout.MBO);

    enum Layout {
        HIGHER_EDUCATION(Set.of(DuoColumn.GEMEENTENUMMER, DuoColumn.TYPE_HOGER_ONDERWIJS, DuoColumn.INSTELLING,
                DuoColumn.CROHO_ONDERDEEL, DuoColumn.OPLEIDINGSCODE, DuoColumn.OPLEIDINGSVORM, DuoColumn.GESLACHT)),
        MBO(Set.of(DuoColumn.INSTELLING, DuoColumn.LEERWEG, DuoColumn.KWALIFICATIENIVEAU, DuoColumn.KWALIFICATIECODE,
                DuoColumn.MBO_SECTOR));

        private final Set<DuoColumn> required;

        Layout(Set<DuoColumn> required) {
            this.required = required;
        }

        /** Required columns in the enum's order, so errors come out in a stable order. */
        List<DuoColumn> required() {
            return List.of(DuoColumn.values()).stream().filter(required::contains).toList();
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
