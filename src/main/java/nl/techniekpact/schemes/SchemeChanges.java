package nl.techniekpact.schemes;

import java.util.Map;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.schemes.SchemeChange.State;
import nl.techniekpact.schemes.SchemeStore.Current;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import nl.techniekpact.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewed changes of the catalogue: one person proposes a new scheme or a new state of a scheme, another approves
 * or rejects it; the proposer may withdraw it while it waits. Approval applies the proposed state in the same
 * transaction (with its history row and audit record) and is refused when the scheme changed since the proposal
 * was based on it. Who may do what: {@link SchemeScopes}; every refusal is a {@link Forbidden} and writes nothing.
 */
@Service
public class SchemeChanges {

    /** A scheme as it can be edited: its state and the version a proposal is based on. */
    public record Editable(SchemeState state, int version) {
    }

    private final JdbcClient jdbc;
    private final SchemeStore store;
    private final SchemeHistory history;
    private final SchemeScopes scopes;
    private final SchemeChangeRows rows;
    private final Regions regions;
    private final Audit audit;

    SchemeChanges(JdbcClient jdbc, SchemeStore store, SchemeHistory history, SchemeScopes scopes,
                  SchemeChangeRows rows, Regions regions, Audit audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.history = history;
        this.scopes = scopes;
        this.rows = rows;
        this.regions = regions;
        this.audit = audit;
    }

    /** The scheme to edit, when the user may change it; empty when there is no such scheme. */
    public Optional<Editable> editable(CurrentUser user, String slug) {
        requireChanges(user);
        Optional<Current> current = slug == null || slug.length() > 100 ? Optional.empty() : store.current(slug, false);
        current.ifPresent(c -> requireScope(user, c.state()));
        return current.map(c -> new Editable(c.state(), c.version()));
    }

    /** Records a proposal and returns its id. {@code slug} null proposes a new scheme (its slug is in the draft). */
    @Transactional
    public long propose(CurrentUser user, String slug, SchemeDraft draft) {
        requireChanges(user);
        Current current = null;
        if (slug != null) {
            current = store.current(slug, true).orElseThrow(() -> new Forbidden("no scheme " + slug));
            requireScope(user, current.state());
        }
        SchemeState proposed = new SchemeDraftCheck(this::regionExists, s -> store.current(s, false).isPresent())
                .check(draft, current == null ? null : current.state());
        if (!scopes.mayChange(user, proposed)) {
            throw InvalidInput.of(proposed.regionCode() == null ? "regionCode" : "level",
                    "schemechanges.error.outsideScope");
        }
        if (current != null) {
            if (!String.valueOf(current.version()).equals(Text.blankToNull(draft.baseVersion()))) {
                throw new StaleData("scheme " + slug);
            }
            if (proposed.equals(current.state())) {
                throw InvalidInput.of("reason", "schemechanges.error.unchanged");
            }
        }
        long id = rows.insert(user, proposed, current == null ? null : current.state(),
                current == null ? null : current.version(), draft.reason().strip(), draft.changeSource().strip());
        audit.record(user.actor(), "scheme.change.propose", "scheme", proposed.slug(),
                current == null ? null : SchemeHistory.toJson(current.state()), SchemeHistory.toJson(proposed));
        return id;
    }

    /** The proposer takes a waiting proposal back. */
    @Transactional
    public void withdraw(CurrentUser user, long id) {
        requireChanges(user);
        SchemeChange change = waiting(id);
        if (!change.proposedBy().equals(user.id())) {
            throw new Forbidden("withdraw another's proposal " + id);
        }
        decide(user, change, State.WITHDRAWN, null);
    }

    /**
     * Someone other than the proposer approves: the proposed state is written whole, the history and the audit log
     * get their rows. {@link StaleData} when the scheme changed since the proposal was based on it (or, for a new
     * scheme, when its slug has been taken since).
     */
    @Transactional
    public void approve(CurrentUser user, long id, String note) {
        SchemeChange change = reviewable(user, id);
        String checkedNote = note(note, false);
        Current current = store.current(change.slug(), true).orElse(null);
        if (change.isNew() ? current != null
                : current == null || current.version() != change.baseVersion()) {
            throw new StaleData("scheme " + change.slug() + " changed since proposal " + id);
        }
        if (current != null) {
            requireScope(user, current.state());
        }
        int version = store.apply(change.proposed());
        history.record(current == null ? null : current.state(), change.proposed(), version, "CHANGE", id,
                change.source(), change.reason(), new SchemeHistory.People(change.proposedBy(),
                        change.proposerRole(), change.proposerOrganisation(), user.id(), user.role().name(),
                        user.organisationName()));
        decide(user, change, State.APPROVED, checkedNote);
        audit.record(user.actor(), "scheme.change.approve", "scheme", change.slug(),
                current == null ? null : SchemeHistory.toJson(current.state()),
                SchemeHistory.toJson(change.proposed()));
    }

    /** Someone other than the proposer rejects, with a note saying why. */
    @Transactional
    public void reject(CurrentUser user, long id, String note) {
        SchemeChange change = reviewable(user, id);
        decide(user, change, State.REJECTED, note(note, true));
    }

    private SchemeChange reviewable(CurrentUser user, long id) {
        requireChanges(user);
        SchemeChange change = rows.find(id, true).orElseThrow(() -> new Forbidden("no proposal " + id));
        requireScope(user, change.proposed());
        if (change.base() != null) {
            requireScope(user, change.base());
        }
        if (change.proposedBy().equals(user.id())) {
            throw new Forbidden("review one's own proposal " + id);
        }
        if (change.state() != State.PROPOSED) {
            throw new StaleData("proposal " + id + " is " + change.state());
        }
        return change;
    }

    private SchemeChange waiting(long id) {
        SchemeChange change = rows.find(id, true).orElseThrow(() -> new Forbidden("no proposal " + id));
        if (change.state() != State.PROPOSED) {
            throw new StaleData("proposal " + id + " is " + change.state());
        }
        return change;
    }

    private void decide(CurrentUser user, SchemeChange change, State state, String note) {
        jdbc.sql("""
                        update scheme_change set state = ?, reviewed_by = ?, reviewer_role = ?,
                               reviewer_organisation = ?, review_note = ?, reviewed_at = now()
                        where id = ? and state = 'PROPOSED'""")
                .params(state.name(), user.id(), user.role().name(), user.organisationName(), note, change.id())
                .update();
        audit.record(user.actor(), "scheme.change." + state.name().toLowerCase(java.util.Locale.ROOT), "scheme_change",
                String.valueOf(change.id()), Map.of("state", change.state().name()),
                note == null ? Map.of("state", state.name()) : Map.of("state", state.name(), "note", note));
    }

    private static String note(String note, boolean required) {
        String n = Text.blankToNull(note);
        if (n == null && required) {
            throw InvalidInput.of("note", "schemechanges.error.required");
        }
        if (n != null && (n.length() > 1000 || n.indexOf('\u0000') >= 0)) {
            throw InvalidInput.of("note", "schemechanges.error.max1000");
        }
        return n;
    }

    private void requireChanges(CurrentUser user) {
        if (!scopes.mayUseChanges(user)) {
            throw new Forbidden("scheme changes");
        }
    }

    private void requireScope(CurrentUser user, SchemeState state) {
        if (!scopes.mayChange(user, state)) {
            throw new Forbidden("scheme " + state.slug());
        }
    }

    private boolean regionExists(String code) {
        return regions.all().stream().anyMatch(r -> r.code().equals(code));
    }
}
