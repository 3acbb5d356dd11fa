package nl.techniekpact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.audit.AuditChanges.Change;
import nl.techniekpact.audit.AuditChanges.Kind;
import org.junit.jupiter.api.Test;

/** Before and after as a person reads them: changed, added and removed fields, nested and in lists; same ones left out. */
class AuditChangesTest {

    @Test
    void changedAddedAndRemovedFieldsNestedAndInLists() {
        var changes = AuditChanges.of("""
                {"state": "SUBMITTED", "version": 3, "round": {"name": "2026", "deadline": "2026-12-01"},
                 "milestones": [{"text": "Start", "due": "2026"}], "tags": ["a", "b"], "gone": true}""", """
                {"state": "APPROVED", "version": 3, "round": {"name": "2026", "deadline": "2027-01-15"},
                 "milestones": [{"text": "Start", "due": "2027"}, {"text": "Einde", "due": null}], "tags": ["a", "c"],
                 "comment": "Prima"}""");
        assertThat(changes).containsExactly(
                new Change("state", "SUBMITTED", "APPROVED", Kind.CHANGED),
                new Change("round.deadline", "2026-12-01", "2027-01-15", Kind.CHANGED),
                new Change("milestones 1.due", "2026", "2027", Kind.CHANGED),
                new Change("tags", "a, b", "a, c", Kind.CHANGED),
                new Change("gone", "true", null, Kind.REMOVED),
                new Change("milestones 2.text", null, "Einde", Kind.ADDED),
                new Change("milestones 2.due", null, "—", Kind.ADDED),
                new Change("comment", null, "Prima", Kind.ADDED));
    }

    @Test
    void onlyAnAfterIsAllAddedAndAPlainValueIsOneField() {
        assertThat(AuditChanges.of(null, "{\"enabled\": false}"))
                .containsExactly(new Change("enabled", null, "false", Kind.ADDED));
        assertThat(AuditChanges.of("\"oud\"", "\"nieuw\"")).containsExactly(new Change("", "oud", "nieuw", Kind.CHANGED));
        assertThat(AuditChanges.of("{\"a\": 1}", "{\"a\": 1}")).isEmpty();
        assertThat(AuditChanges.of(null, null)).isEmpty();
    }

    @Test
    void longValuesAreCut() {
        String longText = "x".repeat(AuditChanges.MAX_VALUE + 50);
        var change = AuditChanges.of(null, "{\"text\": \"" + longText + "\"}").get(0);
        assertThat(change.after()).hasSize(AuditChanges.MAX_VALUE + 2).endsWith(" …");
    }
}
