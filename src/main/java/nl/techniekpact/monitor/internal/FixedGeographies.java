package nl.techniekpact.monitor.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.techniekpact.pact.Landsdelen;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The geographies that exist before any import: the Netherlands, the four CBS landsdelen, the Techniekpact
 * landsdelen and the provinces (both from the pact's regions). Municipalities, labour-market regions and COROP
 * areas come from the crosswalk import.
 */
final class FixedGeographies {

    /** CBS landsdelen and their provinces (CBS "Gebieden in Nederland"; fixed since 1986). */
    static final Map<String, List<String>> CBS_LANDSDELEN = Map.of(
            "LD01", List.of("PV20", "PV21", "PV22"),
            "LD02", List.of("PV23", "PV24", "PV25"),
            "LD03", List.of("PV26", "PV27", "PV28", "PV29"),
            "LD04", List.of("PV30", "PV31"));
    private static final Map<String, String> CBS_LANDSDEEL_NAMES = Map.of(
            "LD01", "Noord-Nederland", "LD02", "Oost-Nederland", "LD03", "West-Nederland", "LD04", "Zuid-Nederland");

    /**
     * Techniekpact landsdelen whose provinces the seeds state completely. TL05 Zuidwest is defined by
     * deelregio's (parts of Zuid-Holland and Noord-Brabant), so municipal figures are not summed to it.
     */
    static final List<String> DERIVABLE_TP_LANDSDELEN = List.of("TL01", "TL02", "TL03", "TL04");

    private FixedGeographies() {
    }

    static void ensure(JdbcClient jdbc, Landsdelen landsdelen) {
        insert(jdbc, "NL01", "COUNTRY", "Nederland", "CBS");
        CBS_LANDSDEEL_NAMES.forEach((code, name) -> insert(jdbc, code, "CBS_LANDSDEEL", name, "CBS, Gebieden in Nederland"));
        record Region(String code, String name, String kind) {
        }
        var regions = Stream.concat(
                        landsdelen.all().stream().map(l -> new Region(l.code(), l.name(), "TP_LANDSDEEL")),
                        landsdelen.provinces().stream().map(p -> new Region(p.code(), p.name(), "PROVINCE")))
                .sorted(Comparator.comparing(Region::code)).toList();
        for (Region region : regions) {
            insert(jdbc, region.code(), region.kind(), region.name(), "Techniekpact (pact regions)");
        }
    }

    private static void insert(JdbcClient jdbc, String code, String kind, String name, String source) {
        jdbc.sql("""
                insert into geography (code, kind, name, source) values (?, ?, ?, ?)
                on conflict (code) do nothing""").params(code, kind, name, source).update();
    }
}
