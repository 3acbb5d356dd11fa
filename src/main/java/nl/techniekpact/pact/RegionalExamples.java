package nl.techniekpact.pact;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Where the regional examples came from, which the examples' read model does not say. */
@Service
public class RegionalExamples {

    private final JdbcClient jdbc;

    RegionalExamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of the regional examples that came from the pact data files rather than from an approved round
     * update (the baseline of "Nieuw:" for an edition's first progress report).
     */
    public Set<String> fromDataFiles() {
        return Set.copyOf(jdbc.sql("select id from regional_example where task_version_id is null")
                .query(String.class).list());
    }
}
