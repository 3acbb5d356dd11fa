package nl.techniekpact.loket.web;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.techniekpact.loket.HybridProfiles;
import nl.techniekpact.loket.HybridVacancies;
import nl.techniekpact.loket.LoketVocabulary;
import nl.techniekpact.loket.Qualification;
import nl.techniekpact.loket.matching.Level;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** The hybrid-teacher forms of the pages: request parameters in, the values to show again out, the choices. */
final class HybridForms {

    static final List<DayOfWeek> DAYS = List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private HybridForms() {
    }

    static HybridProfiles.Form profile(MultiValueMap<String, String> p) {
        return new HybridProfiles.Form(p.getFirst("name"), p.getFirst("email"), p.getFirst("phone"),
                p.getFirst("expertise"), list(p, "subjects"), list(p, "levels"), p.getFirst("hoursPerWeek"),
                list(p, "days"), p.getFirst("availableFrom"), p.getFirst("availableUntil"), p.getFirst("travelKm"),
                p.getFirst("qualification"), p.getFirst("vogIssuedOn"), p.getFirst("employerConsentOn"),
                p.getFirst("active"));
    }

    static HybridVacancies.Form vacancy(MultiValueMap<String, String> p) {
        return new HybridVacancies.Form(p.getFirst("title"), p.getFirst("subject"), p.getFirst("level"),
                p.getFirst("hoursPerWeek"), list(p, "days"), p.getFirst("from"), p.getFirst("until"),
                p.getFirst("supervised"), p.getFirst("pilot"), p.getFirst("description"), p.getFirst("open"));
    }

    static Map<String, Object> values(HybridProfiles.Profile p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", p.name());
        v.put("email", p.email());
        v.put("phone", p.phone());
        v.put("expertise", p.expertise());
        v.put("subjects", String.join(",", p.subjects()));
        v.put("levels", joined(p.levels()));
        v.put("hoursPerWeek", String.valueOf(p.hoursPerWeek()));
        v.put("days", joined(p.days()));
        v.put("availableFrom", String.valueOf(p.availableFrom()));
        v.put("availableUntil", p.availableUntil() == null ? "" : p.availableUntil().toString());
        v.put("travelKm", String.valueOf(p.travelKm()));
        v.put("qualification", p.qualification().name());
        v.put("vogIssuedOn", p.vogIssuedOn() == null ? "" : p.vogIssuedOn().toString());
        v.put("employerConsentOn", p.employerConsentOn() == null ? "" : p.employerConsentOn().toString());
        v.put("active", p.active() ? "on" : "");
        return v;
    }

    static Map<String, Object> values(HybridVacancies.Vacancy v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", v.title());
        m.put("subject", v.subject());
        m.put("level", v.level().name());
        m.put("hoursPerWeek", String.valueOf(v.hoursPerWeek()));
        m.put("days", joined(v.days()));
        m.put("from", String.valueOf(v.from()));
        m.put("until", String.valueOf(v.until()));
        m.put("supervised", String.valueOf(v.supervised()));
        m.put("pilot", v.pilot() == null ? "" : v.pilot());
        m.put("description", v.description());
        m.put("open", v.open() ? "on" : "");
        return m;
    }

    /** The form as sent, multi-valued fields comma-joined, to show it again with its errors. */
    static Map<String, Object> echo(MultiValueMap<String, String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((key, list) -> {
            if (!"_csrf".equals(key) && key.length() <= 40) {
                values.put(key, String.join(",", list.stream().limit(50).toList()));
            }
        });
        return values;
    }

    /** The choices the forms offer (codes; the pages show their names). */
    static void options(Model model) {
        model.addAttribute("subjectOptions", LoketVocabulary.SUBJECTS);
        model.addAttribute("levelOptions", List.of(Level.values()));
        model.addAttribute("dayOptions", DAYS);
        model.addAttribute("qualificationOptions", List.of(Qualification.values()));
    }

    static int version(String text) {
        return LoketWorkspaceController.version(text);
    }

    private static List<String> list(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().limit(50).toList();
    }

    private static String joined(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
