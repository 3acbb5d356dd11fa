package nl.techniekpact.schemes.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.techniekpact.schemes.Fact;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.Sourced;

/**
 * A scheme's facts as its page lists them: the facts every page lists (unknown where no source states them) and
 * every other fact a source states, in the catalogue's order; amounts of money in euros in the page's language.
 */
final class SchemeView {

    /** One fact: its text ({@code null}: unknown), the source and its date. */
    record FactRow(Fact fact, String text, String source, LocalDate sourceDate) {

        public boolean unknown() {
            return text == null;
        }
    }

    private static final Set<Fact> MONEY = EnumSet.of(Fact.BUDGET, Fact.MIN_AMOUNT, Fact.MAX_AMOUNT);

    private SchemeView() {
    }

    static List<FactRow> facts(Scheme scheme, Locale locale) {
        List<FactRow> rows = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            Sourced value = scheme.facts().get(fact);
            if (value != null) {
                rows.add(new FactRow(fact, text(fact, value, locale), value.source(), value.sourceDate()));
            } else if (Fact.ALWAYS_SHOWN.contains(fact)) {
                rows.add(new FactRow(fact, null, null, null));
            }
        }
        return rows;
    }

    /** The stated text; a plain amount of money as euros ("€ 10.000.000"), its text as the source wrote it after. */
    static String text(Fact fact, Sourced value, Locale locale) {
        BigDecimal amount = value.amount();
        if (amount == null || !MONEY.contains(fact)) {
            return value.stated();
        }
        NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.of(locale.getLanguage(), "NL"));
        euros.setMaximumFractionDigits(amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return euros.format(amount).replace('\u00A0', ' ');
    }
}
