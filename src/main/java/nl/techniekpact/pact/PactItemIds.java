package nl.techniekpact.pact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a theme, goal or action exists, for modules that refer to pact items by id (the monitor's indicator
 * links). Read on every call, not cached, so a start-up loader that runs after the pact load sees that load.
 */
@Service
public class PactItemIds {

    private final JdbcClient jdbc;

    PactItemIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when {@code id} names an action, a goal or a theme. */
    public boolean exists(String id) {
        return jdbc.sql("""
                        select exists (select 1 from action where id = :id) or exists (select 1 from goal where id = :id)
                            or exists (select 1 from theme where id = :id)""")
                .param("id", id).query(Boolean.class).single();
    }
}
