package nl.techniekpact.schemes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.pact.PactViews.RegionSummary;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.schemes.SchemeChange.State;
import nl.techniekpact.schemes.SchemeDiff.FieldChange;
import nl.techniekpact.shared.Forbidden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the change pages show: the proposals a user may review, one proposal with its differences, and the public
 * history of a scheme. The public history names no person: only the role and organisation of who proposed and
 * who approved.
 */
@Service
public class SchemeChangeViews {

    public record Summary(SchemeChange change, String proposerName, boolean mine) {
    }

    public record Review(SchemeChange change, List<FieldChange> differences, boolean stale, boolean mayReview,
                         boolean mayWithdraw, String proposerName, String reviewerName) {
    }

    public record HistoryEntry(int version, String kind, OffsetDateTime recordedAt, String source, String reason,
                               String proposerRole, String proposerOrganisation, String approverRole,
                               String approverOrganisation, List<FieldChange> differences) {
    }

    public record History(String slug, String name, List<HistoryEntry> entries) {
    }

    private final JdbcClient jdbc;
    private final SchemeChangeRows rows;
    private final SchemeStore store;
    private final SchemeScopes scopes;
    private final Accounts accounts;
    private final Regions regions;
    private final Schemes schemes;

    SchemeChangeViews(JdbcClient jdbc, SchemeChangeRows rows, SchemeStore store, SchemeScopes scopes,
                      Accounts accounts, Regions regions, Schemes schemes) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.store = store;
        this.scopes = scopes;
        this.accounts = accounts;
        this.regions = regions;
        this.schemes = schemes;
    }

    /** Waiting proposals and the 30 latest decisions that the user may see (the office all, a coordinator its region's). */
    public List<Summary> list(CurrentUser user) {
        requireChanges(user);
        return rows.waitingAndRecent(30).stream().filter(c -> visible(user, c))
                .map(c -> new Summary(c, name(c.proposedBy()), c.proposedBy().equals(user.id()))).toList();
    }

    public Optional<Review> review(CurrentUser user, long id) {
        requireChanges(user);
        Optional<SchemeChange> found = rows.find(id, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SchemeChange c = found.get();
        if (!visible(user, c)) {
            throw new Forbidden("proposal " + id);
        }
        boolean waiting = c.state() == State.PROPOSED;
        Optional<SchemeStore.Current> current = store.current(c.slug(), false);
        boolean stale = waiting && (c.isNew() ? current.isPresent()
                : current.map(x -> x.version() != c.baseVersion()).orElse(true));
        boolean mine = c.proposedBy().equals(user.id());
        return Optional.of(new Review(c, SchemeDiff.between(c.base(), c.proposed(), this::regionName), stale,
                waiting && !mine, waiting && mine, name(c.proposedBy()),
                c.reviewedBy() == null ? null : name(c.reviewedBy())));
    }

    /** Every version of the scheme, newest first; empty when the catalogue never held it. */
    public Optional<History> history(String slug) {
        if (slug == null || slug.length() > 100) {
            return Optional.empty();
        }
        List<HistoryEntry> entries = jdbc.sql("""
                        select version, kind, recorded_at, source, reason, proposer_role, proposer_organisation,
                               approver_role, approver_organisation, before_state::text, after_state::text
                        from scheme_history where scheme_slug = ? order by id desc""")
                .param(slug)
                .query((rs, n) -> new HistoryEntry(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9),
                        SchemeDiff.between(SchemeHistory.fromJson(rs.getString(10)),
                                SchemeHistory.fromJson(rs.getString(11)), this::regionName)))
                .list();
        Optional<Scheme> scheme = schemes.bySlug(slug);
        if (entries.isEmpty() && scheme.isEmpty()) {
            return Optional.empty();
        }
        String name = scheme.map(Scheme::name).orElseGet(() -> jdbc.sql("""
                        select after_state -> 'scheme' ->> 'name' from scheme_history where scheme_slug = ?
                        order by id desc limit 1""").param(slug).query(String.class).single());
        return Optional.of(new History(slug, name, entries));
    }

    /** The regions a scheme may belong to, as the pact lists them. */
    public List<RegionSummary> regions() {
        return regions.all();
    }

    public String regionName(String code) {
        return regions.all().stream().filter(r -> r.code().equals(code)).map(RegionSummary::name).findFirst()
                .orElse(code);
    }

    private boolean visible(CurrentUser user, SchemeChange c) {
        return scopes.mayChange(user, c.proposed()) && (c.base() == null || scopes.mayChange(user, c.base()));
    }

    private String name(UUID id) {
        return accounts.byId(id).map(CurrentUser::displayName).orElse(null);
    }

    private void requireChanges(CurrentUser user) {
        if (!scopes.mayUseChanges(user)) {
            throw new Forbidden("scheme changes");
        }
    }
}
