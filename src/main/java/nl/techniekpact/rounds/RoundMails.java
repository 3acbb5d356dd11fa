package nl.techniekpact.rounds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.pact.Ownership;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.stereotype.Component;

/** Who is asked to report on a task, and the e-mails of a round (in Dutch, with an English line). */
@Component
class RoundMails {

    private final Ownership ownership;
    private final Accounts accounts;
    private final MailOutbox outbox;
    private final MailProperties properties;

    RoundMails(Ownership ownership, Accounts accounts, MailOutbox outbox, MailProperties properties) {
        this.ownership = ownership;
        this.accounts = accounts;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** A task as far as its reporters go: an action or a region. */
    record Scope(UUID taskId, String actionId, String regionCode) {

        static Scope of(Task task) {
            return new Scope(task.id(), task.actionId(), task.regionCode());
        }
    }

    /**
     * Per task, the enabled owners of its action's partners, or the enabled coordinators of its region, in e-mail
     * order; two queries however many tasks there are.
     */
    Map<UUID, List<String>> reporters(List<Scope> tasks) {
        Map<String, Set<String>> owners = ownership.partnersOf(
                tasks.stream().map(Scope::actionId).filter(Objects::nonNull).toList());
        List<Accounts.Member> members = accounts.enabledMembers(
                owners.values().stream().flatMap(Set::stream).distinct().toList(),
                tasks.stream().filter(t -> t.actionId() == null).map(Scope::regionCode).filter(Objects::nonNull)
                        .distinct().toList());
        Map<UUID, List<String>> reporters = new LinkedHashMap<>();
        for (Scope task : tasks) {
            Set<String> partners = task.actionId() == null ? Set.of() : owners.getOrDefault(task.actionId(), Set.of());
            reporters.put(task.taskId(), members.stream()
                    .filter(m -> task.actionId() != null
                            ? m.role() == Role.OWNER && m.partnerId() != null && partners.contains(m.partnerId())
                            : task.regionCode() != null && m.role() == Role.COORDINATOR
                              && task.regionCode().equals(m.regionCode()))
                    .map(Accounts.Member::email).distinct().toList());
        }
        return reporters;
    }

    void roundOpened(List<String> reporters, UUID taskId, String roundName, java.time.LocalDate deadline,
                     String subject) {
        for (String to : reporters) {
            outbox.enqueue(to, "Techniekpact: rapportageronde " + roundName + " is geopend", """
                    Beste partner,

                    De rapportageronde "%s" is geopend. U wordt gevraagd de stand van zaken te rapporteren voor:
                    %s

                    Uiterste datum: %s
                    Rapporteren: %s/tasks/%s

                    --
                    The reporting round "%s" is open; please report on the item above by %s.
                    """.formatted(roundName, subject, deadline, properties.baseUrl(), taskId, roundName, deadline));
        }
    }

    void reminder(List<String> reporters, UUID taskId, String roundName, java.time.LocalDate deadline,
                  String subject) {
        for (String to : reporters) {
            outbox.enqueue(to, "Herinnering: rapportageronde " + roundName + " sluit op " + deadline, """
                    Beste partner,

                    Wij hebben uw rapportage voor de ronde "%s" nog niet ontvangen voor:
                    %s

                    Uiterste datum: %s
                    Rapporteren: %s/tasks/%s

                    --
                    Reminder: we have not yet received your report for this round; the deadline is %s.
                    """.formatted(roundName, subject, deadline, properties.baseUrl(), taskId, deadline));
        }
    }

    void returned(String to, String roundName, String subject, String comment, UUID taskId) {
        outbox.enqueue(to, "Techniekpact: uw rapportage is teruggestuurd", """
                Beste partner,

                Het programmabureau heeft uw rapportage voor de ronde "%s" teruggestuurd:
                %s

                Opmerking van het programmabureau:
                %s

                Aanpassen en opnieuw indienen: %s/tasks/%s

                --
                Your report was returned by the programme office with the comment above; please amend and resubmit.
                """.formatted(roundName, subject, comment, properties.baseUrl(), taskId));
    }

    void approved(String to, String roundName, String subject) {
        outbox.enqueue(to, "Techniekpact: uw rapportage is goedgekeurd", """
                Beste partner,

                Het programmabureau heeft uw rapportage voor de ronde "%s" goedgekeurd en gepubliceerd:
                %s

                --
                Your report was approved and is now published.
                """.formatted(roundName, subject));
    }
}
