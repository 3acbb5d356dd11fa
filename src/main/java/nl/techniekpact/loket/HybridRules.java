package nl.techniekpact.loket;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules a hybrid-teacher match is checked against, kept as data: what a rule limits or requires, for which
 * qualification and levels, from when until when, nationally or in one pilot, and its source (the document, its
 * words, its date). Sources differ, so rules are never merged or guessed: each is shown with its source, and where
 * no rule is known for a case the match says so. The table starts with what the seeds state; the programme office
 * adds rules with their source and ends their validity (directly, audited). Rules are never deleted.
 */
@Service
public class HybridRules {

    /** What a rule limits or requires. */
    public enum Kind {
        /** At most {@code value} hours of teaching a week. */
        MAX_HOURS_PER_WEEK,
        /** At most {@code value} days of teaching a week. */
        MAX_DAYS_PER_WEEK,
        /** Teaching under the responsibility of a qualified teacher of the school. */
        REQUIRES_SUPERVISION,
        /** A certificate of conduct (VOG). */
        REQUIRES_VOG,
        /** The employer's consent. */
        REQUIRES_EMPLOYER_CONSENT,
        /** A rule the platform cannot check itself: shown with its source, the outcome is "cannot tell". */
        OTHER;

        public boolean hasValue() {
            return this == MAX_HOURS_PER_WEEK || this == MAX_DAYS_PER_WEEK;
        }
    }

    /** Where a rule holds: everywhere, or in one pilot only. */
    public enum Scope { NATIONAL, PILOT }

    /** One rule. {@code appliesTo} null: every qualification; {@code levels} empty: every level; {@code validFrom}
     * or {@code validUntil} null: the source states no start, or no end is known. */
    public record Rule(long id, String name, Kind kind, BigDecimal value, Qualification appliesTo, Set<Level> levels,
                       LocalDate validFrom, LocalDate validUntil, Scope scope, String pilotName, String source,
                       String sourceQuote, LocalDate sourceDate, boolean fromSeed, int version) {

        /** Whether the rule is valid on some day of {@code from}–{@code until}. */
        public boolean inForceDuring(LocalDate from, LocalDate until) {
            return (validFrom == null || !validFrom.isAfter(until)) && (validUntil == null || !validUntil.isBefore(from));
        }

        /** Whether the rule is valid on every day of {@code from}–{@code until}. */
        public boolean coversWhole(LocalDate from, LocalDate until) {
            return (validFrom == null || !validFrom.isAfter(from)) && (validUntil == null || !validUntil.isBefore(until));
        }

        /** Whether the rule is about this level, pilot (null: none) and qualification. */
        public boolean concerns(Level level, String pilot, Qualification qualification) {
            return (levels.isEmpty() || levels.contains(level))
                    && (scope == Scope.NATIONAL || (pilot != null && pilot.equalsIgnoreCase(pilotName)))
                    && (appliesTo == null || appliesTo == qualification);
        }
    }

    /** What the office's form sends, as typed. */
    public record Form(String name, String kind, String value, String appliesTo, List<String> levels,
                       String validFrom, String validUntil, String scope, String pilotName, String source,
                       String sourceQuote, String sourceDate) {
    }

    private static final String SELECT = """
            select id, name, kind, value, applies_to_qualification, levels, valid_from, valid_until, scope,
                   pilot_name, source, source_quote, source_date, created_by is null as from_seed, lock_version
            from loket_hybrid_rule""";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    HybridRules(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule, current ones first, then by name. Rules are not personal data: anyone may read them. */
    public List<Rule> all() {
        return jdbc.sql(SELECT + " order by (valid_until is not null and valid_until < current_date), name, id")
                .query(HybridRules::rule).list();
    }

    public Optional<Rule> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(HybridRules::rule).optional();
    }

    /** The pilots that have rules of their own (for the vacancy form's hint). */
    public List<String> pilots() {
        return jdbc.sql("select distinct pilot_name from loket_hybrid_rule where pilot_name is not null order by 1")
                .query(String.class).list();
    }

    /** Rules valid on some day of {@code from}–{@code until}. */
    List<Rule> inForceDuring(LocalDate from, LocalDate until) {
        return all().stream().filter(r -> r.inForceDuring(from, until)).toList();
    }

    /**
     * The office adds a rule with its source.
     *
     * @throws nl.techniekpact.shared.Forbidden for anyone but the office
     * @throws InvalidInput with every problem by field
     */
    @Transactional
    public long add(CurrentUser office, Form form) {
        Companies.requireOffice(office, "add a hybrid-teacher rule");
        HybridForms f = new HybridForms();
        String name = f.required("name", form.name(), 200);
        Kind kind = f.choice("kind", Kind.class, form.kind());
        BigDecimal value = f.decimal("value", form.value(), kind == Kind.MAX_DAYS_PER_WEEK ? 5 : 40);
        if (kind != null && kind.hasValue() && value == null && !f.failed("value")) {
            f.error("value", "loket.hybrid.error.value.required");
        } else if (kind != null && !kind.hasValue() && value != null) {
            f.error("value", "loket.hybrid.error.value.none");
        }
        Qualification appliesTo = form.appliesTo() == null || form.appliesTo().isBlank() ? null
                : f.choice("appliesTo", Qualification.class, form.appliesTo());
        Set<Level> levels = f.choices("levels", Level.class, form.levels(), false);
        LocalDate validFrom = f.date("validFrom", form.validFrom(), false);
        LocalDate validUntil = f.date("validUntil", form.validUntil(), false);
        f.order("validUntil", validFrom, validUntil);
        Scope scope = f.choice("scope", Scope.class, form.scope());
        String pilot = f.optional("pilotName", form.pilotName(), 200);
        if (scope == Scope.PILOT && pilot == null) {
            f.error("pilotName", "loket.hybrid.error.pilotName");
        } else if (scope == Scope.NATIONAL) {
            pilot = null;
        }
        String source = f.required("source", form.source(), 500);
        String quote = f.optional("sourceQuote", form.sourceQuote(), 2000);
        LocalDate sourceDate = f.pastDate("sourceDate", form.sourceDate(), LocalDate.now(clock));
        f.done();
        long id = jdbc.sql("""
                        insert into loket_hybrid_rule (name, kind, value, applies_to_qualification, levels, valid_from,
                            valid_until, scope, pilot_name, source, source_quote, source_date, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name, kind.name(), value, appliesTo == null ? null : appliesTo.name(),
                        HybridForms.names(levels), validFrom, validUntil, scope.name(), pilot, source, quote,
                        sourceDate, office.id())
                .query(Long.class).single();
        audit.record(office.actor(), "loket.hybrid.rule.add", "loket_hybrid_rule", String.valueOf(id), null,
                audited(byId(id).orElseThrow()));
        return id;
    }

    /**
     * The office ends a rule's validity on {@code lastDay} (the last day it holds): earlier than an end it already
     * has, not before it starts.
     */
    @Transactional
    public void end(CurrentUser office, long id, String lastDay, int version) {
        Companies.requireOffice(office, "end a hybrid-teacher rule");
        Rule before = byId(id).orElseThrow(() -> InvalidInput.of("rule", "loket.hybrid.error.rule"));
        HybridForms f = new HybridForms();
        LocalDate until = f.date("validUntil", lastDay, true);
        f.order("validUntil", before.validFrom(), until);
        if (until != null && before.validUntil() != null && !until.isBefore(before.validUntil())) {
            f.error("validUntil", "loket.hybrid.error.ended");
        }
        f.done();
        int changed = jdbc.sql("""
                        update loket_hybrid_rule set valid_until = ?, lock_version = lock_version + 1
                        where id = ? and lock_version = ?""").params(until, id, version).update();
        if (changed == 0) {
            throw new StaleData("loket_hybrid_rule " + id);
        }
        audit.record(office.actor(), "loket.hybrid.rule.end", "loket_hybrid_rule", String.valueOf(id),
                audited(before), audited(byId(id).orElseThrow()));
    }

    private static Map<String, Object> audited(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("kind", r.kind());
        m.put("value", r.value() == null ? "" : r.value().toPlainString());
        m.put("appliesTo", String.valueOf(r.appliesTo()));
        m.put("levels", r.levels());
        m.put("validFrom", String.valueOf(r.validFrom()));
        m.put("validUntil", String.valueOf(r.validUntil()));
        m.put("scope", r.scope());
        m.put("pilot", String.valueOf(r.pilotName()));
        m.put("source", r.source());
        m.put("sourceQuote", String.valueOf(r.sourceQuote()));
        m.put("sourceDate", String.valueOf(r.sourceDate()));
        return m;
    }

    private static Rule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String appliesTo = rs.getString("applies_to_qualification");
        return new Rule(rs.getLong("id"), rs.getString("name"), Kind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("value"), appliesTo == null ? null : Qualification.valueOf(appliesTo),
                Listings.enums(rs, "levels", Level.class), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), Scope.valueOf(rs.getString("scope")),
                rs.getString("pilot_name"), rs.getString("source"), rs.getString("source_quote"),
                rs.getObject("source_date", LocalDate.class), rs.getBoolean("from_seed"), rs.getInt("lock_version"));
    }
}
