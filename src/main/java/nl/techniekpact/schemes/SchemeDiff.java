package nl.techniekpact.schemes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What differs between two states of a scheme, field by field. Each difference names its label as a message key
 * ({@code labelKey}, with {@code position} as its argument for a window), the part of a fact or window that changed
 * ({@code partKey}, or null), and the values before and after as text (null: not stated); where {@code valuePrefix}
 * is set, the values are codes to show through that message-key prefix.
 */
public final class SchemeDiff {

    public record FieldChange(String labelKey, String partKey, Integer position, String before, String after,
                              String valuePrefix) {
    }

    private static final String P = "schemechanges.";

    private final List<FieldChange> changes = new ArrayList<>();
    private final Function<String, String> regionName;

    private SchemeDiff(Function<String, String> regionName) {
        this.regionName = regionName;
    }

    /** The differences; {@code before} null (a new scheme) lists every stated field of {@code after}. */
    public static List<FieldChange> between(SchemeState before, SchemeState after,
                                            Function<String, String> regionName) {
        SchemeDiff diff = new SchemeDiff(regionName);
        diff.compare(before, after);
        return List.copyOf(diff.changes);
    }

    private void compare(SchemeState beforeState, SchemeState afterState) {
        Scheme b = beforeState == null ? null : beforeState.scheme();
        Scheme a = afterState.scheme();
        field("name", b == null ? null : b.name(), a.name());
        field("abbreviation", b == null ? null : b.abbreviation(), a.abbreviation());
        field("organiser", b == null ? null : b.organiser(), a.organiser());
        coded("level", b == null || b.level() == null ? null : b.level().name(),
                a.level() == null ? null : a.level().name(), P + "level.");
        field("regionCode", region(beforeState == null ? null : beforeState.regionCode()),
                region(afterState.regionCode()));
        field("officialUrl", b == null ? null : b.officialUrl(), a.officialUrl());
        field("successorSlug", b == null ? null : b.successorSlug(), a.successorSlug());
        field("endedOn", b == null ? null : str(b.endedOn()), str(a.endedOn()));
        field("source", b == null ? null : b.source(), a.source());
        field("sourceDate", b == null ? null : str(b.sourceDate()), str(a.sourceDate()));
        sourced("fact", Fact.class, b == null ? Map.of() : b.facts(), a.facts(), true);
        sourced("applicant", Applicant.class, b == null ? Map.of() : b.applicants(), a.applicants(), false);
        sourced("purpose", Purpose.class, b == null ? Map.of() : b.purposes(), a.purposes(), false);
        List<ApplicationWindow> bw = b == null ? List.of() : b.windows();
        for (int i = 0; i < Math.max(bw.size(), a.windows().size()); i++) {
            window(i + 1, i < bw.size() ? bw.get(i) : null, i < a.windows().size() ? a.windows().get(i) : null);
        }
    }

    private <K extends Enum<K>> void sourced(String group, Class<K> type, Map<K, Sourced> before,
                                             Map<K, Sourced> after, boolean amounts) {
        Set<K> keys = EnumSet.noneOf(type);
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        for (K key : keys) {
            Sourced b = before.get(key);
            Sourced a = after.get(key);
            String label = P + group + "." + key.name();
            part(label, "stated", null, b == null ? null : b.stated(), a == null ? null : a.stated(), null);
            if (amounts) {
                part(label, "amount", null, b == null ? null : amount(b.amount()), a == null ? null : amount(a.amount()), null);
            }
            part(label, "source", null, b == null ? null : b.source(), a == null ? null : a.source(), null);
            part(label, "sourceDate", null, b == null ? null : str(b.sourceDate()),
                    a == null ? null : str(a.sourceDate()), null);
        }
    }

    private void window(int position, ApplicationWindow b, ApplicationWindow a) {
        String label = P + "field.window";
        part(label, "label", position, b == null ? null : b.label(), a == null ? null : a.label(), null);
        part(label, "opens", position, b == null ? null : str(b.opens()), a == null ? null : str(a.opens()), null);
        part(label, "closes", position, b == null ? null : str(b.closes()), a == null ? null : str(a.closes()), null);
        part(label, "opensStated", position, b == null ? null : b.opensStated(), a == null ? null : a.opensStated(), null);
        part(label, "closesStated", position, b == null ? null : b.closesStated(),
                a == null ? null : a.closesStated(), null);
        part(label, "ongoing", position, b == null ? null : String.valueOf(b.ongoing()),
                a == null ? null : String.valueOf(a.ongoing()), P + "yesno.");
        part(label, "budgetStated", position, b == null ? null : b.budgetStated(),
                a == null ? null : a.budgetStated(), null);
        part(label, "budget", position, b == null ? null : amount(b.budget()), a == null ? null : amount(a.budget()), null);
        part(label, "source", position, b == null ? null : b.source(), a == null ? null : a.source(), null);
        part(label, "sourceDate", position, b == null ? null : str(b.sourceDate()),
                a == null ? null : str(a.sourceDate()), null);
    }

    private void field(String name, String before, String after) {
        coded(name, before, after, null);
    }

    private void coded(String name, String before, String after, String prefix) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(P + "field." + name, null, null, before, after, prefix));
        }
    }

    private void part(String label, String part, Integer position, String before, String after, String prefix) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(label, P + "part." + part, position, before, after, prefix));
        }
    }

    private String region(String code) {
        return code == null ? null : regionName.apply(code);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
