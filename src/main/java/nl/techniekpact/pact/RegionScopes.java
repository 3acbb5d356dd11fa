package nl.techniekpact.pact;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A region with everything under it (its sub-regions, following the parent links down). Read uncached: the
 * answers decide who may write.
 */
@Service
public class RegionScopes {

    private final JdbcClient jdbc;

    RegionScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The code itself (even when no such region exists) and the codes of every region below it. */
    public Set<String> regionAndBelow(String code) {
        return new LinkedHashSet<>(jdbc.sql("""
                        with recursive tree(code) as (
                          select ?::text union select r.code from region r join tree t on r.parent_code = t.code)
                        select code from tree""")
                .param(code).query(String.class).list());
    }
}
