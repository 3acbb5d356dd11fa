package nl.techniekpact.monitor;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which province a region made of municipalities (labour-market region, RMC region, COROP area) lies in. */
@Service
@Transactional(readOnly = true)
public class RegionProvinces {

    private final JdbcClient jdbc;

    RegionProvinces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The province most of the region's municipalities lie in, in the region's newest classification year (ties:
     * the lowest province code); empty for an unknown region or one without memberships.
     */
    public Optional<String> mainProvinceOf(String regionCode) {
        return jdbc.sql("""
                        select p.code from geography am
                          join geography_membership m on m.parent_id = am.id
                          join geography_membership m2 on m2.municipality_id = m.municipality_id and m2.year = m.year
                          join geography p on p.id = m2.parent_id and p.kind = 'PROVINCE'
                         where am.code = ? and m.year = (select max(x.year) from geography_membership x
                                                          where x.parent_id = am.id)
                         group by p.code order by count(*) desc, p.code limit 1""")
                .param(regionCode).query(String.class).optional();
    }
}
