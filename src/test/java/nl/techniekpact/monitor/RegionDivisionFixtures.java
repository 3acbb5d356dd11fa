package nl.techniekpact.monitor;

import static nl.techniekpact.monitor.MonitorFixtures.done;
import static nl.techniekpact.monitor.MonitorFixtures.file;
import static nl.techniekpact.monitor.MonitorFixtures.request;

import nl.techniekpact.audit.Actor;

/** The Regioatlas 2016 school divisions of {@code ../shared/external-data/}, through the region-division import. */
public final class RegionDivisionFixtures {

    public static final String FOLDER = "regioatlas-2016-regio-indelingen/";
    public static final String RMC = FOLDER + "rmcregiosregionaalmeldencoordinatiepunt.csv";
    public static final String VO = FOLDER + "passendonderwijsvoortgezetonderwijs.csv";
    public static final String PO = FOLDER + "passendonderwijsprimaironderwijs.csv";

    private RegionDivisionFixtures() {
    }

    /** The crosswalk first (the divisions need its municipalities and years), then the three divisions at once. */
    public static ImportJob load(MonitorImports imports) {
        MonitorFixtures.loadCrosswalk(imports);
        return done(imports.run(request(ImportFormat.REGION_DIVISION, null, file(RMC), file(VO), file(PO)),
                Actor.system("test")));
    }
}
