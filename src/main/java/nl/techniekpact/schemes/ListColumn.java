package nl.techniekpact.schemes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a scheme list, each under the names the known layouts give it: the City Deals lists of 2022
 * ({@code Circulair-Bouwen.csv}: {@code naam}, {@code datum_open} …; the "Database-ready" files: {@code Naam},
 * {@code Datum open} …, one of them spelling {@code Nivuea} for {@code Niveau}). A file is read by its header, so
 * the order of its columns does not matter.
 */
enum ListColumn {
    NAME(true, "Naam", "naam"),
    ABBREVIATION(false, "Afkorting", "Afkortingen"),
    LEVEL(false, "Niveau", "Nivuea"),
    ORGANISER(false, "Subsidieverstrekker"),
    GOAL(false, "Doel"),
    THEMES(false, "Thema", "Themas"),
    ACTIVITY_KINDS(false, "Subsidiabele activiteiten"),
    ACTIVITIES(false, "Subsidiabele activiteiten (output)", "Subsidiabele_activiteiten"),
    LOCATION(false, "Locatie"),
    APPLICANT_KINDS(false, "Soort organisatie"),
    APPLICANTS(false, "Soort organisatie (output)", "Soort_organisatie"),
    COLLABORATION(false, "Samenwerking"),
    COLLABORATION_TYPE(false, "Type samenwerking (output)", "Type samenwerking", "Type_samenwerking"),
    BUDGET(false, "Totaal budget", "Totaal_budget"),
    MIN_AMOUNT(false, "min_subsidiebedrag"),
    MAX_AMOUNT(false, "Subsidiebedrag (max.)", "max_subsidiebedrag"),
    NOTE(false, "Bijzonderheid"),
    RATE(false, "Subsidiepercentage"),
    MIN_RATE(false, "min_subsidiepercentage"),
    MAX_RATE(false, "max_subsidiepercentage"),
    OPENS(true, "Datum open", "datum_open"),
    CLOSES(true, "Datum sluiting", "datum_sluit"),
    ASSESSMENT(false, "Beoordeling/verdeling", "Beoordeling_verdeling"),
    DURATION(false, "Looptijd project"),
    DURATION_YEARS(false, "looptijdPorject_jaren");

    final boolean required;
    final List<String> names;

    ListColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** Where this column is in a header (column name → position), if it is there. */
    Optional<Integer> in(Map<String, Integer> header) {
        return names.stream().filter(header::containsKey).map(header::get).findFirst();
    }
}
