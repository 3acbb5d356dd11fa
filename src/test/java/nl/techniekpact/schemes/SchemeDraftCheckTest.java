package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.techniekpact.schemes.SchemeDraft.FactRow;
import nl.techniekpact.schemes.SchemeDraft.WindowRow;
import nl.techniekpact.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class SchemeDraftCheckTest {

    private final SchemeDraftCheck check = new SchemeDraftCheck(Set.of("PV27", "SR-twente")::contains,
            Set.of("slim", "mkb-idee")::contains);

    static SchemeDraft draft(String slug, List<FactRow> facts, List<WindowRow> windows, String url) {
        return new SchemeDraft(slug, "Regionale scholingsregeling", null, "Provincie Utrecht", "PROVINCE", "PV27",
                url, null, null, "Provinciaal blad 2026", "2026-01-15", facts,
                List.of(new FactRow("EMPLOYER_SME", "Mkb-bedrijven in de provincie", null, "Provinciaal blad 2026", null),
                        new FactRow("", "", "", "", "")),
                List.of(), windows, "Nieuwe tranche", "Provinciaal blad 2026", "");
    }

    @Test
    void turnsAValidDraftIntoASchemeAndSkipsBlankRows() {
        SchemeState state = check.check(draft("utrecht-scholing",
                List.of(new FactRow("BUDGET", "€ 1,5 mln.", "1.500.000,00", "Provinciaal blad 2026", "2026-01-15"),
                        new FactRow(" ", "", "", "", "")),
                List.of(new WindowRow("Tranche 2026", "2026-03-01", "2026-03-31", "1 maart", "31 maart", false,
                        null, "250000", "Provinciaal blad 2026", null)),
                "https://www.provincie-utrecht.nl/scholing"), null);

        Scheme s = state.scheme();
        assertThat(state.regionCode()).isEqualTo("PV27");
        assertThat(s.origin()).isEqualTo("OFFICE");
        assertThat(s.level()).isEqualTo(SchemeLevel.PROVINCE);
        assertThat(s.facts().get(Fact.BUDGET).amount()).isEqualByComparingTo(new BigDecimal("1500000"));
        assertThat(s.applicants()).containsOnlyKeys(Applicant.EMPLOYER_SME);
        assertThat(s.windows()).hasSize(1);
        assertThat(s.windows().get(0).closes()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(s.status(LocalDate.of(2026, 4, 1))).isEqualTo(SchemeStatus.CLOSED);
    }

    @Test
    void reportsEveryBrokenRuleAtItsField() {
        SchemeDraft bad = draft("Bad Slug!",
                List.of(new FactRow("BUDGET", "x", "-5", "bron", null), new FactRow("BUDGET", "y", "12abc", "bron", "31-12-2026"),
                        new FactRow("NOPE", "z".repeat(4001), null, "", null)),
                List.of(new WindowRow(null, "2026-04-01", "2026-03-01", null, null, false, null, null, "bron", null)),
                "www.example.org");
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> check.check(bad, null));
        assertThat(e.errors()).containsEntry("slug", "schemechanges.error.slug")
                .containsEntry("fact-0-amount", "schemechanges.error.negative")
                .containsEntry("fact-1-key", "schemechanges.error.duplicate")
                .containsEntry("fact-1-amount", "schemechanges.error.amount")
                .containsEntry("fact-1-sourceDate", "schemechanges.error.date")
                .containsEntry("fact-2-key", "schemechanges.error.unknownValue")
                .containsEntry("fact-2-stated", "schemechanges.error.max4000")
                .containsEntry("fact-2-source", "schemechanges.error.required")
                .containsEntry("window-0-closes", "schemechanges.error.closesBeforeOpens")
                .containsEntry("officialUrl", "schemechanges.error.url");
    }

    @Test
    void refusesATakenSlugAnUnknownRegionAndAnUnknownSuccessor() {
        SchemeDraft d = draft("slim", List.of(), List.of(), null);
        SchemeDraft other = new SchemeDraft(d.slug(), d.name(), null, null, "REGION", "XX99", null, "bestaat-niet",
                null, "bron", null, List.of(), List.of(), List.of(), List.of(), "", "bron", "");
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> check.check(other, null));
        assertThat(e.errors()).containsEntry("slug", "schemechanges.error.slugTaken")
                .containsEntry("regionCode", "schemechanges.error.unknownRegion")
                .containsEntry("successorSlug", "schemechanges.error.unknownScheme")
                .containsEntry("reason", "schemechanges.error.required");
    }

    @Test
    void aStateSurvivesItsJsonForm() {
        SchemeState state = check.check(draft("utrecht-scholing",
                List.of(new FactRow("RATE", "50%", "50", "bron", "2026-01-01")),
                List.of(new WindowRow("Doorlopend", "2026-01-01", null, null, null, true, null, null, "bron", null)),
                null), null);
        assertThat(SchemeHistory.fromJson(SchemeHistory.toJson(state))).isEqualTo(state);
    }
}
