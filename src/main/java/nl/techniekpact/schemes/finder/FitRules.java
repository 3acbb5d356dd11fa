package nl.techniekpact.schemes.finder;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.techniekpact.schemes.Applicant;
import nl.techniekpact.schemes.ApplicationWindow;
import nl.techniekpact.schemes.Fact;
import nl.techniekpact.schemes.Purpose;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeLevel;
import nl.techniekpact.schemes.Sourced;

/**
 * The finder's fit rules, in one place (no Spring, no database). A scheme is judged on four questions, each
 * answered from the facts the catalogue holds and nothing else:
 * <ul>
 * <li>who: the person belongs to an applicant group the source states (fits); may apply only as a partnership
 * (condition); may or may not belong to one, which the source does not settle (unknown); the source states no
 * applicants (unknown); else the source names other groups (does not fit);</li>
 * <li>what: the source states the purpose (fits); states only retraining to technical/ICT work while the person
 * wants training (condition); states only training while the person wants retraining (unknown: retraining is not
 * named); states no purpose (unknown); else other purposes (does not fit);</li>
 * <li>where: national and European schemes fit everywhere; other schemes by the place the source states (the
 * person's municipality, province or landsdeel named in it), unknown when none is stated;</li>
 * <li>when: a window open on some day of the chosen period fits; one whose opening or closing the source does not
 * give, or no window at all, is unknown; a scheme that ended, or whose windows all closed before or open after
 * the period, does not fit for that time.</li>
 * </ul>
 * Any "does not fit" makes the scheme not fit; otherwise any unknown makes it MAYBE, any condition CONDITIONAL,
 * else FITS. Order: by level, then fewer unknowns, then the nearest deadline, then name.
 */
public final class FitRules {

    private static final Comparator<Fit> ORDER = Comparator.comparing(Fit::level)
            .thenComparing(f -> f.unknowns().size())
            .thenComparing(f -> f.deadline() == null ? LocalDate.MAX : f.deadline())
            .thenComparing(f -> f.scheme().name().toLowerCase(Locale.ROOT));

    /** Every scheme judged, best first; those that do not fit last. */
    public List<Fit> judge(List<Scheme> schemes, Answers answers) {
        return schemes.stream().map(s -> judge(s, answers)).sorted(ORDER).toList();
    }

    /** Only the schemes that fit (at any level), best first. */
    public List<Fit> fitting(List<Scheme> schemes, Answers answers) {
        return judge(schemes, answers).stream().filter(Fit::fits).toList();
    }

    public Fit judge(Scheme scheme, Answers answers) {
        Verdict v = new Verdict();
        who(scheme, answers.who(), v);
        what(scheme, answers.want(), v);
        where(scheme, answers.where(), v);
        LocalDate deadline = when(scheme, answers.today(), answers.when().until(answers.today()), v);
        scheme.fact(Fact.RUNS_UNTIL).ifPresent(f -> v.reasons.add(Note.quoting("RUNS_UNTIL", f)));
        Fit.Level level = !v.against.isEmpty() ? Fit.Level.NO
                : !v.unknowns.isEmpty() ? Fit.Level.MAYBE
                : !v.conditions.isEmpty() ? Fit.Level.CONDITIONAL : Fit.Level.FITS;
        return new Fit(scheme, level, v.reasons, v.conditions, v.unknowns, v.against, deadline);
    }

    private static final class Verdict {
        final List<Note> reasons = new ArrayList<>();
        final List<Note> conditions = new ArrayList<>();
        final List<Note> unknowns = new ArrayList<>();
        final List<Note> against = new ArrayList<>();
    }

    private static void who(Scheme scheme, Who who, Verdict v) {
        Map<Applicant, Sourced> groups = scheme.applicants();
        if (groups.isEmpty()) {
            v.unknowns.add(Note.of("WHO_NOT_STATED"));
            return;
        }
        Optional<Sourced> direct = first(groups, who.direct());
        if (direct.isPresent()) {
            v.reasons.add(Note.quoting("WHO_STATED", direct.get()));
            return;
        }
        Optional<Sourced> together = first(groups, who.asPartnership());
        if (together.isPresent()) {
            v.conditions.add(Note.quoting("ONLY_AS_PARTNERSHIP", together.get()));
            return;
        }
        Optional<Sourced> unsettled = first(groups, who.unsettled());
        if (unsettled.isPresent()) {
            v.unknowns.add(Note.quoting("SOLE_TRADER_NOT_STATED", unsettled.get()));
            return;
        }
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(g -> v.against.add(Note.quoting("WHO_OTHER", g.getValue())));
    }

    private static void what(Scheme scheme, Want want, Verdict v) {
        Map<Purpose, Sourced> purposes = scheme.purposes();
        if (purposes.isEmpty()) {
            v.unknowns.add(Note.of("WHAT_NOT_STATED"));
            return;
        }
        if (want.purpose() == null) {
            purposes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(p -> v.reasons.add(Note.quoting("WHAT_STATED", p.getValue())));
            return;
        }
        Sourced exact = purposes.get(want.purpose());
        if (exact != null) {
            v.reasons.add(Note.quoting("WHAT_STATED", exact));
        } else if (want == Want.TRAINING && purposes.containsKey(Purpose.RETRAINING_TECH_ICT)) {
            v.conditions.add(Note.quoting("ONLY_RETRAINING", purposes.get(Purpose.RETRAINING_TECH_ICT)));
        } else if (want == Want.RETRAINING_TECH_ICT && purposes.containsKey(Purpose.TRAINING)) {
            v.unknowns.add(Note.quoting("RETRAINING_NOT_STATED", purposes.get(Purpose.TRAINING)));
        } else {
            purposes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(p -> v.against.add(Note.quoting("WHAT_OTHER", p.getValue())));
        }
    }

    private static void where(Scheme scheme, Locality where, Verdict v) {
        if (scheme.level() == SchemeLevel.NATIONAL || scheme.level() == SchemeLevel.EUROPEAN) {
            v.reasons.add(Note.of(scheme.level() == SchemeLevel.NATIONAL ? "PLACE_NATIONAL" : "PLACE_EUROPEAN"));
            return;
        }
        Optional<Sourced> location = scheme.fact(Fact.LOCATION);
        if (location.isEmpty()) {
            v.unknowns.add(Note.of("PLACE_NOT_STATED"));
        } else if (where.nationwide()) {
            v.unknowns.add(Note.quoting("PLACE_OF_PERSON_NOT_GIVEN", location.get()));
        } else if (names(location.get().stated(), where)) {
            v.reasons.add(Note.quoting("PLACE_STATED", location.get()));
        } else {
            v.against.add(Note.quoting("PLACE_OTHER", location.get()));
        }
    }

    /** Whether the place text names the person's municipality, province or landsdeel (as a whole word). */
    static boolean names(String text, Locality where) {
        String haystack = " " + plain(text) + " ";
        return Stream.of(where.municipalityName(), where.provinceName(), where.landsdeelName())
                .filter(n -> n != null && !n.isBlank())
                .anyMatch(n -> haystack.contains(" " + plain(n) + " "));
    }

    private static String plain(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'-]+", " ").trim();
    }

    /** Judges the windows against the period [from, until] (until null: no end); returns the deadline, if any. */
    private static LocalDate when(Scheme scheme, LocalDate from, LocalDate until, Verdict v) {
        if (scheme.endedOn() != null && scheme.endedOn().isBefore(from)) {
            v.against.add(Note.on("ENDED", scheme.endedOn()));
            return null;
        }
        if (scheme.windows().isEmpty()) {
            v.unknowns.add(Note.of("PERIOD_NOT_STATED"));
            return null;
        }
        LocalDate deadline = null;
        LocalDate opensNext = null;
        LocalDate closedLast = null;
        boolean open = false;
        boolean unknown = false;
        for (ApplicationWindow w : scheme.windows()) {
            if (w.closes() != null && w.closes().isBefore(from)) {
                closedLast = max(closedLast, w.closes());
            } else if (w.opens() != null && until != null && w.opens().isAfter(until)) {
                opensNext = min(opensNext, w.opens());
            } else if (w.opens() != null && (w.closes() != null || w.ongoing())) {
                open = true;
                if (w.opens().isAfter(from)) {
                    v.reasons.add(Note.on("OPENS_ON", w.opens()));
                }
                v.reasons.add(w.closes() != null ? Note.on("OPEN_UNTIL", w.closes()) : Note.of("OPEN_ONGOING"));
                deadline = w.closes() == null ? deadline : min(deadline, w.closes());
            } else {
                unknown = true;
            }
        }
        if (open) {
            return deadline;
        }
        if (unknown) {
            v.unknowns.add(Note.of("PERIOD_PARTLY_STATED"));
        } else if (opensNext != null) {
            v.against.add(Note.on("NOT_YET_OPEN", opensNext));
        } else {
            v.against.add(Note.on("CLOSED", closedLast));
        }
        return null;
    }

    private static Optional<Sourced> first(Map<Applicant, Sourced> groups, java.util.Set<Applicant> wanted) {
        return wanted.stream().sorted().map(groups::get).filter(java.util.Objects::nonNull).findFirst();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
