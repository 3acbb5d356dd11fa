package nl.techniekpact.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.techniekpact.loket.matching.DateRange;

/**
 * Real places for the Loket's benchmark and quality set, read from the unchanged public files in
 * {@code ../shared/external-data/}: the PC4 centroids of GeoNames' Dutch postal-code file (2017) and the primary
 * school locations of DUO's register (2026), each school placed at the centroid of its PC4.
 *
 * <p>A PC4's weight is the number of PC4 areas of its place: a place with many postcodes is a populous one, so
 * drawing PC4s by weight puts companies mostly in towns and cities.
 */
public final class LoketPlaces {

    static final Path SHARED = Path.of(System.getProperty("techniekpact.shared", "../shared"), "external-data");
    static final Path PC4_FILE = SHARED.resolve("geonames-postcodes-nl-pc4-2017/NL.txt");
    static final Path SCHOOL_FILE = SHARED.resolve("duo-vestigingen-po-2026/02.-alle-schoolvestigingen-basisonderwijs.csv");

    /** A PC4 area: its code, place, centroid and weight (PC4 areas of the same place). */
    public record Pc4(String code, String place, double latitude, double longitude, int weight) {
    }

    /** A primary-school location (DUO vestiging) at its PC4's centroid. */
    public record School(String code, String name, String postcode, String place, String holidayRegion, Pc4 pc4) {
    }

    private final List<Pc4> pc4s;
    private final Map<String, Pc4> byCode;
    private final List<School> schools;
    private final long[] cumulativeWeight;

    private LoketPlaces(List<Pc4> pc4s, List<School> schools) {
        this.pc4s = List.copyOf(pc4s);
        this.schools = List.copyOf(schools);
        byCode = new HashMap<>();
        pc4s.forEach(p -> byCode.put(p.code(), p));
        cumulativeWeight = new long[pc4s.size()];
        long sum = 0;
        for (int i = 0; i < pc4s.size(); i++) {
            sum += pc4s.get(i).weight();
            cumulativeWeight[i] = sum;
        }
    }

    /** Reads both files; fails with a clear message where {@code ../shared} is absent. */
    public static LoketPlaces load() {
        try {
            Map<String, String[]> first = new LinkedHashMap<>();
            for (String line : Files.readAllLines(PC4_FILE, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                first.putIfAbsent(f[1], f);
            }
            Map<String, Integer> perPlace = new HashMap<>();
            first.values().forEach(f -> perPlace.merge(f[2] + "|" + f[6], 1, Integer::sum));
            List<Pc4> pc4s = new ArrayList<>();
            for (String[] f : first.values()) {
                pc4s.add(new Pc4(f[1], f[2], Double.parseDouble(f[9]), Double.parseDouble(f[10]),
                        perPlace.get(f[2] + "|" + f[6])));
            }
            pc4s.sort((a, b) -> a.code().compareTo(b.code()));
            Map<String, Pc4> codes = new HashMap<>();
            pc4s.forEach(p -> codes.put(p.code(), p));
            List<String> lines = Files.readAllLines(SCHOOL_FILE, Charset.forName("windows-1252"));
            List<String> header = Arrays.asList(lines.get(0).split(";", -1));
            int code = header.indexOf("VESTIGINGSCODE");
            int name = header.indexOf("VESTIGINGSNAAM");
            int postcode = header.indexOf("POSTCODE");
            int place = header.indexOf("PLAATSNAAM");
            int region = header.indexOf("VAKANTIEREGIO");
            List<School> schools = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                Pc4 pc4 = codes.get(f[postcode].trim().substring(0, 4));
                if (pc4 != null) {
                    schools.add(new School(f[code].trim(), f[name].trim(), f[postcode].trim(), f[place].trim(),
                            f[region].trim(), pc4));
                }
            }
            schools.sort((a, b) -> a.code().compareTo(b.code()));
            return new LoketPlaces(pc4s, schools);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PC4 and DUO files under " + SHARED.toAbsolutePath()
                    + " (../shared/external-data)", e);
        }
    }

    public List<Pc4> pc4s() {
        return pc4s;
    }

    public List<School> schools() {
        return schools;
    }

    public Pc4 pc4(String code) {
        return byCode.get(code);
    }

    /** A PC4 drawn with probability proportional to its weight. */
    public Pc4 weighted(SplittableRandom random) {
        long pick = random.nextLong(cumulativeWeight[cumulativeWeight.length - 1]);
        int at = Arrays.binarySearch(cumulativeWeight, pick + 1);
        return pc4s.get(at >= 0 ? at : -at - 1);
    }

    /**
     * School holidays of the 2026–2027 school year for a DUO holiday region ("Noord", "Midden", "Zuid"). They follow
     * the pattern of the published Dutch school holidays (staggered autumn, spring and summer holidays; common
     * Christmas and May holidays) but are illustrative: the benchmark and the quality set need realistic blocked
     * ranges, not the official list.
     */
    public static List<DateRange> holidays(String region) {
        int shift = switch (region) {
            case "Noord" -> 0;
            case "Midden" -> 7;
            case "Zuid" -> 14;
            default -> throw new IllegalArgumentException("unknown holiday region " + region);
        };
        return List.of(
                week(LocalDate.of(2026, 10, 10).plusDays(shift % 14), 9),
                week(LocalDate.of(2026, 12, 19), 16),
                week(LocalDate.of(2027, 2, 13).plusDays(shift % 14), 9),
                week(LocalDate.of(2027, 4, 24), 9),
                week(LocalDate.of(2027, 7, 10).plusDays(shift), 44));
    }

    /** Great-circle distance in km (haversine, R = 6371.0088 km) between two WGS84 positions in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double sinLat = Math.sin(Math.toRadians(lat2 - lat1) / 2);
        double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinLat * sinLat + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * sinLon * sinLon;
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static DateRange week(LocalDate first, int days) {
        return new DateRange(first, first.plusDays(days - 1));
    }
}
