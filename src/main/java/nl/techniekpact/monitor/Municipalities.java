package nl.techniekpact.monitor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.techniekpact.monitor.internal.MunicipalityHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Municipalities for other modules: where a municipality code of an earlier year went (the reorganisations from
 * 2017 on), and which regions of every kind a municipality lies in (the newest year of the crosswalk and the
 * region divisions). Codes are CBS codes with their prefix ({@code GM0363}).
 */
@Service
public class Municipalities {

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The municipalities of {@code toYear} that {@code code} of {@code fromYear} became: itself when it went on
     * existing, one successor when it merged into another, several when it was divided (the caller decides, e.g.
     * by location).
     */
    public List<String> successors(String code, int fromYear, int toYear) {
        return MunicipalityHistory.successors(code, fromYear, toYear);
    }

    /** The regions (province, labour-market region, COROP, landsdelen, RMC region, partnerships …) of a municipality. */
    public List<Geography> regionsOf(String municipalityCode) {
        return jdbc.sql("""
                        select p.code, p.kind, p.name from geography m
                        join geography_membership gm on gm.municipality_id = m.id
                        join geography p on p.id = gm.parent_id
                        where m.code = ? and m.kind = 'MUNICIPALITY'
                          and gm.year = (select max(year) from geography_membership x where x.municipality_id = m.id)
                        order by p.kind, p.code""")
                .param(municipalityCode)
                .query((rs, n) -> new Geography(rs.getString(1), Geography.Kind.valueOf(rs.getString(2)),
                        rs.getString(3))).list();
    }

    /** The municipality's name, or the code itself when the monitor does not know it. */
    public String name(String municipalityCode) {
        return jdbc.sql("select name from geography where code = ? and kind = 'MUNICIPALITY'")
                .param(municipalityCode).query(String.class).optional().orElse(municipalityCode);
    }

    /** Every region of the given kinds that has at least one municipality, for filters. */
    public List<Geography> regions(Set<Geography.Kind> kinds) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(kinds.stream().map(Enum::name).toList()));
        return jdbc.sql("select code, kind, name from geography where kind = any(?) order by kind, name")
                .param(names.toArray(String[]::new))
                .query((rs, n) -> new Geography(rs.getString(1), Geography.Kind.valueOf(rs.getString(2)),
                        rs.getString(3))).list();
    }

    /** The municipalities (codes) that lie in a region in the newest year of the crosswalk; the code itself for one. */
    public List<String> municipalitiesIn(String regionCode) {
        if (regionCode != null && regionCode.startsWith("GM")) {
            return List.of(regionCode);
        }
        return jdbc.sql("""
                        select m.code from geography p
                        join geography_membership gm on gm.parent_id = p.id
                        join geography m on m.id = gm.municipality_id
                        where p.code = ? and gm.year = (select max(year) from geography_membership)
                        order by m.code""")
                .param(regionCode).query(String.class).list();
    }
}
