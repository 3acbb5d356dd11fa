package nl.techniekpact.schemes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.techniekpact.schemes.SchemeDraft.FactRow;
import nl.techniekpact.schemes.SchemeDraft.WindowRow;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.Text;

/**
 * Checks a draft field by field and turns it into a scheme state; every broken rule is reported at its field
 * (names as the form's inputs: {@code name}, {@code fact-2-amount}, {@code window-0-closes} …) with a message code
 * of the schemechanges bundle. A row left wholly blank is skipped.
 */
final class SchemeDraftCheck {

    static final int MAX_ROWS = 40;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    private static final String E = "schemechanges.error.";

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Predicate<String> regionExists;
    private final Predicate<String> schemeExists;

    SchemeDraftCheck(Predicate<String> regionExists, Predicate<String> schemeExists) {
        this.regionExists = regionExists;
        this.schemeExists = schemeExists;
    }

    /** The checked state; {@code existing} is the scheme edited (null for a new one). */
    SchemeState check(SchemeDraft d, SchemeState existing) {
        String slug = existing != null ? existing.slug() : text("slug", d.slug(), 100, true);
        if (existing == null && slug != null) {
            if (!SLUG.matcher(slug).matches()) {
                errors.put("slug", E + "slug");
            } else if (schemeExists.test(slug)) {
                errors.put("slug", E + "slugTaken");
            }
        }
        String name = text("name", d.name(), 300, true);
        String abbreviation = text("abbreviation", d.abbreviation(), 40, false);
        String organiser = text("organiser", d.organiser(), 300, false);
        SchemeLevel level = option("level", d.level(), SchemeLevel.class);
        String region = text("regionCode", d.regionCode(), 60, false);
        if (region != null && !errors.containsKey("regionCode") && !regionExists.test(region)) {
            errors.put("regionCode", E + "unknownRegion");
        }
        String url = url("officialUrl", d.officialUrl());
        String successor = text("successorSlug", d.successorSlug(), 100, false);
        if (successor != null && !errors.containsKey("successorSlug")
                && (successor.equals(slug) || !schemeExists.test(successor))) {
            errors.put("successorSlug", E + "unknownScheme");
        }
        LocalDate endedOn = date("endedOn", d.endedOn());
        String source = text("source", d.source(), 300, true);
        LocalDate sourceDate = date("sourceDate", d.sourceDate());
        text("reason", d.reason(), 1000, true);
        text("changeSource", d.changeSource(), 300, true);
        Map<Fact, Sourced> facts = sourced("fact", d.facts(), Fact.class, true);
        Map<Applicant, Sourced> applicants = sourced("applicant", d.applicants(), Applicant.class, false);
        Map<Purpose, Sourced> purposes = sourced("purpose", d.purposes(), Purpose.class, false);
        List<ApplicationWindow> windows = windows(d.windows());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String origin = existing != null ? existing.scheme().origin() : "OFFICE";
        return new SchemeState(new Scheme(slug, name, abbreviation, organiser, level, url, successor, endedOn,
                origin, source, sourceDate, facts, applicants, purposes, windows), region);
    }

    private <K extends Enum<K>> Map<K, Sourced> sourced(String prefix, List<FactRow> rows, Class<K> type,
                                                        boolean withAmount) {
        Map<K, Sourced> out = new EnumMap<>(type);
        if (rows.size() > MAX_ROWS) {
            errors.put(prefix + "-0-key", E + "tooManyRows");
            return out;
        }
        for (int i = 0; i < rows.size(); i++) {
            FactRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String p = prefix + "-" + i + "-";
            K key = option(p + "key", row.key(), type);
            if (key == null && !errors.containsKey(p + "key")) {
                errors.put(p + "key", E + "required");
            }
            if (key != null && out.containsKey(key)) {
                errors.put(p + "key", E + "duplicate");
            }
            String stated = text(p + "stated", row.stated(), 4000, true);
            BigDecimal amount = withAmount ? amount(p + "amount", row.amount()) : null;
            String source = text(p + "source", row.source(), 300, true);
            LocalDate date = date(p + "sourceDate", row.sourceDate());
            if (key != null && stated != null && source != null && !out.containsKey(key)) {
                out.put(key, new Sourced(stated, amount, source, date));
            }
        }
        return out;
    }

    private List<ApplicationWindow> windows(List<WindowRow> rows) {
        List<ApplicationWindow> out = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
            errors.put("window-0-label", E + "tooManyRows");
            return out;
        }
        for (int i = 0; i < rows.size(); i++) {
            WindowRow w = rows.get(i);
            if (w.blank()) {
                continue;
            }
            String p = "window-" + i + "-";
            String label = text(p + "label", w.label(), 200, false);
            LocalDate opens = date(p + "opens", w.opens());
            LocalDate closes = date(p + "closes", w.closes());
            if (opens != null && closes != null && closes.isBefore(opens)) {
                errors.put(p + "closes", E + "closesBeforeOpens");
            }
            String opensStated = text(p + "opensStated", w.opensStated(), 200, false);
            String closesStated = text(p + "closesStated", w.closesStated(), 200, false);
            String budgetStated = text(p + "budgetStated", w.budgetStated(), 200, false);
            BigDecimal budget = amount(p + "budget", w.budget());
            String source = text(p + "source", w.source(), 300, true);
            LocalDate date = date(p + "sourceDate", w.sourceDate());
            if (errors.keySet().stream().noneMatch(k -> k.startsWith(p))) {
                out.add(new ApplicationWindow(out.size() + 1, label, opens, closes, opensStated, closesStated,
                        w.ongoing(), budgetStated, budget, source, date));
            }
        }
        return out;
    }

    private String text(String field, String value, int max, boolean required) {
        String v = Text.blankToNull(value);
        if (v == null) {
            if (required) {
                errors.put(field, E + "required");
            }
            return null;
        }
        if (v.length() > max || v.indexOf('\u0000') >= 0) {
            errors.put(field, E + "max" + max);
            return null;
        }
        return v;
    }

    private <K extends Enum<K>> K option(String field, String value, Class<K> type) {
        String v = Text.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, E + "unknownValue");
            return null;
        }
    }

    private LocalDate date(String field, String value) {
        String v = Text.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate date = v.length() == 10 ? LocalDate.parse(v) : null;
            if (date != null && date.getYear() >= 1900 && date.getYear() <= 2200) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.put(field, E + "date");
        return null;
    }

    /** A plain amount: digits with a decimal point or a Dutch decimal comma (thousands dots allowed), ≥ 0. */
    private BigDecimal amount(String field, String value) {
        String v = Text.blankToNull(value);
        if (v == null) {
            return null;
        }
        v = v.replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (v.contains(",")) {
            v = v.replace(".", "").replace(',', '.');
        }
        if (v.length() > 30 || !v.matches("-?[0-9]+(\\.[0-9]+)?")) {
            errors.put(field, E + "amount");
            return null;
        }
        BigDecimal amount = new BigDecimal(v);
        if (amount.signum() < 0) {
            errors.put(field, E + "negative");
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.put(field, E + "amount");
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private String url(String field, String value) {
        String v = text(field, value, 500, false);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank()) {
                return v;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.put(field, E + "url");
        return null;
    }
}
