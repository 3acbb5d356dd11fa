package nl.techniekpact.loket.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.loket.HybridMatches;
import nl.techniekpact.loket.HybridRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hybrid-teacher matches in words, in the reader's language: days as "Tuesday and Thursday" or "Monday to
 * Wednesday", a rule's limit as "at most 10 hours a week", its validity, dates.
 */
@Component("hybridTexts")
public class HybridTexts {

    private final MessageSource messages;

    HybridTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** School days in order, runs of three or more as a range: "maandag t/m woensdag en vrijdag". */
    public String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = new ArrayList<>(new TreeSet<>(days));
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(text("loket.hybrid.dayRange", day(sorted.get(i)), day(sorted.get(j))));
                i = j + 1;
            } else {
                parts.add(day(sorted.get(i)));
                i++;
            }
        }
        return join(parts);
    }

    /** What a rule limits or requires: "hoogstens 10 uur per week", "een VOG". */
    public String rule(HybridRules.Rule rule) {
        String value = rule.value() == null ? "…" : rule.value().stripTrailingZeros().toPlainString();
        return text("loket.hybrid.kind.text." + rule.kind().name(), value);
    }

    /** "geldig van 1 augustus 2024 tot en met …", with "not stated" for an open start and "no end known". */
    public String validity(HybridRules.Rule rule) {
        String from = rule.validFrom() == null ? text("loket.hybrid.rule.noStart") : date(rule.validFrom());
        String until = rule.validUntil() == null ? text("loket.hybrid.rule.noEnd") : date(rule.validUntil());
        return text("loket.hybrid.rule.validity", from, until);
    }

    /** The rule's source with its date, or that it is not dated. */
    public String source(HybridRules.Rule rule) {
        return text("loket.hybrid.rule.sourceLine", rule.source(),
                rule.sourceDate() == null ? text("loket.hybrid.rule.undated") : date(rule.sourceDate()));
    }

    /** Who a rule is for: qualification, levels, pilot. */
    public String scope(HybridRules.Rule rule) {
        String who = rule.appliesTo() == null ? text("loket.hybrid.rule.everyone")
                : text("loket.hybrid.qualification." + rule.appliesTo().name());
        List<String> levels = rule.levels().stream().map(l -> text("loket.level." + l.name())).toList();
        String where = levels.isEmpty() ? text("loket.hybrid.rule.allLevels") : join(levels);
        String scope = rule.scope() == HybridRules.Scope.NATIONAL ? text("loket.hybrid.scope.NATIONAL")
                : text("loket.hybrid.rule.pilot", rule.pilotName());
        return text("loket.hybrid.rule.scopeLine", who, where, scope);
    }

    /** The aspects no rule is known for: "de uren per week en een VOG". */
    public String aspects(Set<HybridMatches.Aspect> aspects) {
        return join(new TreeSet<>(aspects).stream().map(a -> text("loket.hybrid.aspect." + a.name())).toList());
    }

    /** The names of rules, joined. */
    public String ruleNames(List<HybridRules.Rule> rules) {
        return join(rules.stream().map(HybridRules.Rule::name).toList());
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()));
    }

    /** Words joined as "a, b en c" / "a, b and c". */
    public String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + text("loket.hybrid.and") + " "
                + words.get(words.size() - 1);
    }

    private String day(DayOfWeek day) {
        return text("loket.hybrid.day." + day.name());
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
