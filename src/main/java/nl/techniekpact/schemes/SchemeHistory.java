package nl.techniekpact.schemes;

import java.util.UUID;

import nl.techniekpact.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends a version of a scheme to {@code scheme_history}; the caller owns the transaction. */
@Component
class SchemeHistory {

    /** Who proposed and who approved a change (null for a seed load or an import). */
    record People(UUID proposedBy, String proposerRole, String proposerOrganisation, UUID approvedBy,
                  String approverRole, String approverOrganisation) {

        static final People NONE = new People(null, null, null, null, null, null);
    }

    private final JdbcClient jdbc;

    SchemeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(SchemeState before, SchemeState after, int version, String kind, Long changeId, String source,
                String reason, People people) {
        jdbc.sql("""
                        insert into scheme_history (scheme_slug, version, kind, change_id, before_state, after_state,
                                                    source, reason, proposed_by, proposer_role, proposer_organisation,
                                                    approved_by, approver_role, approver_organisation)
                        values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(after.slug(), version, kind, changeId, toJson(before), toJson(after), source, reason,
                        people.proposedBy(), people.proposerRole(), people.proposerOrganisation(),
                        people.approvedBy(), people.approverRole(), people.approverOrganisation())
                .update();
    }

    static String toJson(SchemeState state) {
        return state == null ? null : Json.MAPPER.writeValueAsString(state);
    }

    static SchemeState fromJson(String json) {
        return json == null ? null : Json.MAPPER.readValue(json, SchemeState.class);
    }
}
