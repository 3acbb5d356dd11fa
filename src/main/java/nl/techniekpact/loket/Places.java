package nl.techniekpact.loket;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.techniekpact.importers.GreatCircle;
import nl.techniekpact.importers.PostcodeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where a postcode is: its four-digit area's centroid and municipality ({@code loket_postcode_area}, from
 * GeoNames), and distances between places by great circle. Kept in memory (4,064 areas); reloaded when the
 * areas are loaded again.
 */
@Service
public class Places {

    /** A four-digit postcode area. */
    public record Area(String pc4, String place, String municipalityCode, double latitude, double longitude) {
    }

    private final JdbcClient jdbc;
    private volatile Map<String, Area> areas;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The area of a postcode ({@code 1234 AB}, {@code 1234AB} or {@code 1234}); empty when unknown or invalid. */
    public Optional<Area> of(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String pc4 = PostcodeFormat.pc4(postcode);
        return pc4 == null ? Optional.empty() : Optional.ofNullable(all().get(pc4));
    }

    /** Great-circle distance in km ({@link GreatCircle}). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }

    public int size() {
        return all().size();
    }

    /** Forgets the areas held in memory (after a new load). */
    public void refresh() {
        areas = null;
    }

    private Map<String, Area> all() {
        Map<String, Area> current = areas;
        if (current == null) {
            Map<String, Area> loaded = new ConcurrentHashMap<>();
            jdbc.sql("select pc4, place, municipality_code, latitude, longitude from loket_postcode_area")
                    .query((rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getDouble(5)))
                    .list().forEach(a -> loaded.put(a.pc4(), a));
            current = Map.copyOf(loaded);
            if (!current.isEmpty()) {
                areas = current;
            }
        }
        return current;
    }
}
