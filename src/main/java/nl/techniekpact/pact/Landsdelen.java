package nl.techniekpact.pact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The five Techniekpact landsdelen with the provinces the seeds assign to them, and the twelve provinces.
 *
 * <p>Answers are read on every call, not cached: start-up loaders of other modules (the monitor's fixed
 * geographies) ask right after the pact data was loaded, and must not see an answer cached before that.
 */
@Service
public class Landsdelen {

    /** A Techniekpact landsdeel; {@code provinceCodes} in the seeds' order, empty for one defined by deelregio's. */
    public record Landsdeel(String code, String name, List<String> provinceCodes) {

        public Landsdeel {
            provinceCodes = List.copyOf(provinceCodes);
        }
    }

    public record Province(String code, String name) {
    }

    private final JdbcClient jdbc;

    Landsdelen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every Techniekpact landsdeel, by code. */
    public List<Landsdeel> all() {
        Map<String, List<String>> provinces = new LinkedHashMap<>();
        jdbc.sql("select landsdeel_code, province_code from landsdeel_province order by landsdeel_code, position")
                .query((rs, n) -> provinces.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("select code, name from region where type = 'LANDSDEEL' order by code")
                .query((rs, n) -> new Landsdeel(rs.getString(1), rs.getString(2),
                        provinces.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /** Every province, by code. */
    public List<Province> provinces() {
        return jdbc.sql("select code, name from region where type = 'PROVINCE' order by code")
                .query((rs, n) -> new Province(rs.getString(1), rs.getString(2))).list();
    }
}
