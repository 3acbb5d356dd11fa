package nl.techniekpact.schemes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.schemes.SchemeChange.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and inserts rows of {@code scheme_change}. */
@Component
class SchemeChangeRows {

    private static final String COLUMNS = """
            select id, scheme_slug, is_new, base_version, base_state::text, proposed_state::text, reason, source,
                   state, proposed_by, proposer_role, proposer_organisation, proposed_at, reviewed_by, reviewer_role,
                   reviewer_organisation, review_note, reviewed_at
            from scheme_change""";

    private final JdbcClient jdbc;

    SchemeChangeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CurrentUser user, SchemeState proposed, SchemeState base, Integer baseVersion, String reason,
                String source) {
        return jdbc.sql("""
                        insert into scheme_change (scheme_slug, is_new, base_version, base_state, proposed_state,
                                                   reason, source, proposed_by, proposer_role, proposer_organisation)
                        values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?) returning id""")
                .params(proposed.slug(), base == null, baseVersion, SchemeHistory.toJson(base),
                        SchemeHistory.toJson(proposed), reason, source, user.id(), user.role().name(),
                        user.organisationName())
                .query(Long.class).single();
    }

    Optional<SchemeChange> find(long id, boolean lock) {
        return jdbc.sql(COLUMNS + " where id = ?" + (lock ? " for update" : "")).param(id)
                .query((rs, n) -> change(rs)).optional();
    }

    /** The waiting proposals (oldest first) and then the latest decided ones, at most {@code limit} of those. */
    List<SchemeChange> waitingAndRecent(int limit) {
        List<SchemeChange> waiting = jdbc.sql(COLUMNS + " where state = 'PROPOSED' order by proposed_at, id")
                .query((rs, n) -> change(rs)).list();
        List<SchemeChange> recent = jdbc.sql(COLUMNS + " where state <> 'PROPOSED' order by reviewed_at desc, id desc limit ?")
                .param(limit).query((rs, n) -> change(rs)).list();
        return java.util.stream.Stream.concat(waiting.stream(), recent.stream()).toList();
    }

    private static SchemeChange change(ResultSet rs) throws SQLException {
        int base = rs.getInt(4);
        Integer baseVersion = rs.wasNull() ? null : base;
        return new SchemeChange(rs.getLong(1), rs.getString(2), rs.getBoolean(3), baseVersion,
                SchemeHistory.fromJson(rs.getString(5)), SchemeHistory.fromJson(rs.getString(6)), rs.getString(7),
                rs.getString(8), State.valueOf(rs.getString(9)), rs.getObject(10, UUID.class), rs.getString(11),
                rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getObject(14, UUID.class),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getObject(18, OffsetDateTime.class));
    }
}
