package nl.techniekpact.loket.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ParseResult;
import nl.techniekpact.importers.PostcodeArea;
import nl.techniekpact.importers.PostcodeAreaReader;
import nl.techniekpact.importers.SbiCode;
import nl.techniekpact.importers.SbiCodeReader;
import nl.techniekpact.importers.SchoolRegisterReader;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.loket.Places;
import nl.techniekpact.loket.Schools;
import nl.techniekpact.monitor.Municipalities;
import nl.techniekpact.monitor.OpenDataBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before readiness: the Loket's reference data from the open-data bundle — the SBI codes, the PC4
 * areas (municipality codes of 2017 followed to the current year; a divided municipality's areas go to the
 * nearest successor) and the primary-school register. Each is loaded once (an empty table is loaded; a filled one
 * is left as it is: a newer school register comes in through the office's import), all-or-nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40) // after the open-data bundle (crosswalk) and before the first account
class ReferenceDataLoader implements ApplicationRunner {

    static final String GEONAMES = "geonames-postcodes-nl-pc4-2017";
    static final String SBI = "kvk-sbi-codes";
    static final String PO_REGISTER = "duo-vestigingen-po-2026";
    static final int GEONAMES_YEAR = 2017;

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final OpenDataBundle bundle;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Places places;
    private final Schools schools;
    private final Municipalities municipalities;
    private final int currentYear;
    private final boolean enabled;

    ReferenceDataLoader(OpenDataBundle bundle, JdbcClient jdbc, TransactionTemplate transactions, Places places,
                        Schools schools, Municipalities municipalities,
                        @Value("${techniekpact.loket.municipality-year:2026}") int currentYear,
                        @Value("${techniekpact.loket.reference-data.load:true}") boolean enabled) {
        this.bundle = bundle;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.places = places;
        this.schools = schools;
        this.municipalities = municipalities;
        this.currentYear = currentYear;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (empty("loket_sbi_code")) {
            loadSbi();
        }
        if (empty("loket_postcode_area")) {
            loadAreas();
            places.refresh();
        }
        if (empty("loket_school")) {
            byte[] register = file(PO_REGISTER, "02.-alle-schoolvestigingen-basisonderwijs.csv");
            var result = schools.importRegister(SchoolRegisterReader.Sector.PO,
                    "02.-alle-schoolvestigingen-basisonderwijs.csv", register, Actor.system("loket-loader"));
            log.info("Loket: {} primary-school locations from the DUO register", result.added());
        }
    }

    private void loadSbi() {
        ParseResult<SbiCode> codes = new SbiCodeReader().parse(SourceFile.of("sbi.csv", file(SBI, "sbi.csv")));
        failOn(codes.errors());
        transactions.executeWithoutResult(status -> codes.rows().forEach(code -> jdbc.sql("""
                        insert into loket_sbi_code (code, description, section, technical) values (?, ?, ?, ?)
                        on conflict (code) do nothing""")
                .params(code.code(), code.description(), code.section(), code.technicalByDefault())
                .update()));
        log.info("Loket: {} SBI codes", codes.rows().size());
    }

    private void loadAreas() {
        ParseResult<PostcodeArea> parsed = new PostcodeAreaReader().parse(SourceFile.of("NL.txt", file(GEONAMES, "NL.txt")));
        failOn(parsed.errors());
        List<PostcodeArea> areas = parsed.rows();
        Map<String, List<String>> successors = new HashMap<>();
        for (PostcodeArea area : areas) {
            successors.computeIfAbsent(area.municipalityCode(),
                    code -> municipalities.successors("GM" + code, GEONAMES_YEAR, currentYear));
        }
        Map<String, double[]> centroids = centroids(areas, successors);
        List<Object[]> rows = new ArrayList<>();
        for (PostcodeArea area : areas) {
            List<String> candidates = successors.get(area.municipalityCode());
            String municipality = candidates.size() == 1 ? candidates.get(0)
                    : nearest(candidates, centroids, area.latitude(), area.longitude());
            rows.add(new Object[] {area.pc4(), area.place(), municipality, area.latitude(), area.longitude()});
        }
        transactions.executeWithoutResult(status -> rows.forEach(row -> jdbc.sql("""
                        insert into loket_postcode_area (pc4, place, municipality_code, latitude, longitude, source)
                        values (?, ?, ?, ?, ?, 'GeoNames 2017') on conflict (pc4) do nothing""")
                .params(row).update()));
        log.info("Loket: {} postcode areas", rows.size());
    }

    /** The mean centroid of the areas that lie wholly in each current municipality. */
    private static Map<String, double[]> centroids(List<PostcodeArea> areas, Map<String, List<String>> successors) {
        Map<String, double[]> sums = new HashMap<>();
        for (PostcodeArea area : areas) {
            List<String> candidates = successors.get(area.municipalityCode());
            if (candidates.size() == 1) {
                double[] sum = sums.computeIfAbsent(candidates.get(0), c -> new double[3]);
                sum[0] += area.latitude();
                sum[1] += area.longitude();
                sum[2]++;
            }
        }
        Map<String, double[]> centroids = new HashMap<>();
        sums.forEach((code, sum) -> centroids.put(code, new double[] {sum[0] / sum[2], sum[1] / sum[2]}));
        return centroids;
    }

    private static String nearest(List<String> candidates, Map<String, double[]> centroids, double lat, double lon) {
        String best = candidates.get(0);
        double bestKm = Double.MAX_VALUE;
        for (String candidate : candidates) {
            double[] c = centroids.get(candidate);
            double km = c == null ? Double.MAX_VALUE : Places.km(lat, lon, c[0], c[1]);
            if (km < bestKm) {
                best = candidate;
                bestKm = km;
            }
        }
        return best;
    }

    private boolean empty(String table) {
        return !jdbc.sql("select exists (select 1 from " + table + ")").query(Boolean.class).single();
    }

    private byte[] file(String folder, String name) {
        return bundle.file(folder, name)
                .orElseThrow(() -> new IllegalStateException("The open-data bundle has no " + folder + "/" + name));
    }

    private static void failOn(List<ImportError> errors) {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Bundled Loket data does not read: " + errors.get(0).message());
        }
    }
}
