package nl.techniekpact.monitor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the monitor imports, by the names the API and the command line use. */
public enum ImportFormat {
    /** DUO open-data CSV (mbo participants, hbo/wo first-years and graduates). */
    DUO("duo"),
    /** CBS StatLine OData v3 JSON pages (TypedDataSet / UntypedDataSet). */
    CBS_ODATA3("cbs-odata3"),
    /** CBS StatLine OData v4 Observations JSON pages. */
    CBS_ODATA4("cbs-odata4"),
    /** An Excel workbook with a column mapping. */
    XLSX("xlsx"),
    /** Any CSV with a column mapping. */
    CSV("csv"),
    /** The CBS municipality → COROP, labour-market region, province crosswalk (CSV). */
    CROSSWALK("gebieden"),
    /** Region boundaries as GeoJSON (provinces, labour-market regions, landsdelen, municipalities). */
    BOUNDARIES("geojson"),
    /** CBS StatLine's CSV download: the data CSV (typed or untyped data set) and, optionally, its metadata CSV. */
    CBS_CSV("cbs-csv"),
    /** A Regioatlas (BZK) division of municipalities into RMC regions or samenwerkingsverbanden passend onderwijs. */
    REGION_DIVISION("regio-indeling");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ImportFormat> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }
}
