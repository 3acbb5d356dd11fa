package nl.techniekpact.rounds;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
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
import nl.techniekpact.system.Times;
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

    /** A task as far as its reporters go: a pact item (with the partner chosen for it, if any) or a region. */
    record Scope(UUID taskId, String itemId, String reportingPartnerId, String regionCode) {

        static Scope of(Task task) {
            return new Scope(task.id(), task.itemId(), task.reportingPartnerId(), task.regionCode());
        }

        /** The partners whose owners report on this item: its owners in the pact, and the one chosen for it. */
        Set<String> partners(Map<String, Set<String>> owners) {
            Set<String> partners = new java.util.LinkedHashSet<>(itemId == null ? Set.of()
                    : owners.getOrDefault(itemId, Set.of()));
            if (reportingPartnerId != null) {
                partners.add(reportingPartnerId);
            }
            return partners;
        }
    }

    /**
     * Per task, the enabled owners of its item's partners (or of the partner chosen to report on it), or the
     * enabled coordinators of its region, in e-mail order; two queries however many tasks there are.
     */
    Map<UUID, List<Accounts.Member>> reporters(List<Scope> tasks) {
        Map<String, Set<String>> owners = ownership.partnersOf(
                tasks.stream().map(Scope::itemId).filter(Objects::nonNull).toList());
        List<Accounts.Member> members = accounts.enabledMembers(
                tasks.stream().flatMap(t -> t.partners(owners).stream()).distinct().toList(),
                tasks.stream().filter(t -> t.itemId() == null).map(Scope::regionCode).filter(Objects::nonNull)
                        .distinct().toList());
        Map<UUID, List<Accounts.Member>> reporters = new LinkedHashMap<>();
        for (Scope task : tasks) {
            Set<String> partners = task.partners(owners);
            reporters.put(task.taskId(), members.stream()
                    .filter(m -> task.itemId() != null
                            ? m.role() == Role.OWNER && m.partnerId() != null && partners.contains(m.partnerId())
                            : task.regionCode() != null && m.role() == Role.COORDINATOR
                              && task.regionCode().equals(m.regionCode()))
                    .distinct().toList());
        }
        return reporters;
    }

    void roundOpened(List<Accounts.Member> reporters, UUID taskId, String roundName, LocalDate deadline,
                     String subject) {
        for (Accounts.Member to : reporters) {
            outbox.enqueue(to.email(), "Techniekpact: rapportageronde " + roundName + " is geopend", """
                    Beste %s,

                    De rapportageronde "%s" van het Techniekpact is geopend. U wordt gevraagd de stand van zaken te
                    rapporteren voor:
                    %s

                    Uiterste datum: %s
                    Rapporteren: %s/tasks/%s

                    --
                    Dear %s, the Techniekpact reporting round "%s" is open; please report on the item above by %s.
                    """.formatted(to.displayName(), roundName, subject, dutch(deadline), properties.baseUrl(), taskId,
                    to.displayName(), roundName, english(deadline)));
        }
    }

    void reminder(List<Accounts.Member> reporters, UUID taskId, String roundName, LocalDate deadline,
                  String subject) {
        for (Accounts.Member to : reporters) {
            outbox.enqueue(to.email(), "Herinnering: rapportageronde " + roundName + " sluit op " + dutch(deadline), """
                    Beste %s,

                    Wij hebben uw rapportage voor de ronde "%s" nog niet ontvangen voor:
                    %s

                    Uiterste datum: %s
                    Rapporteren: %s/tasks/%s

                    --
                    Dear %s, we have not yet received your report for this round; the deadline is %s.
                    """.formatted(to.displayName(), roundName, subject, dutch(deadline), properties.baseUrl(), taskId,
                    to.displayName(), english(deadline)));
        }
    }

    void returned(Accounts.Person to, String roundName, String subject, String comment, UUID taskId) {
        outbox.enqueue(to.email(), "Techniekpact: uw rapportage is teruggestuurd", """
                Beste %s,

                Het programmabureau heeft uw rapportage voor de ronde "%s" teruggestuurd:
                %s

                Opmerking van het programmabureau:
                %s

                Aanpassen en opnieuw indienen: %s/tasks/%s

                --
                Dear %s, your report was returned by the programme office with the comment above; please amend and
                resubmit.
                """.formatted(to.displayName(), roundName, subject, comment, properties.baseUrl(), taskId,
                to.displayName()));
    }

    void approved(Accounts.Person to, String roundName, String subject, String publicPath) {
        outbox.enqueue(to.email(), "Techniekpact: uw rapportage is goedgekeurd", """
                Beste %s,

                Het programmabureau heeft uw rapportage voor de ronde "%s" goedgekeurd en gepubliceerd:
                %s

                Te zien op: %s%s

                --
                Dear %s, your report was approved and is now published.
                """.formatted(to.displayName(), roundName, subject, properties.baseUrl(), publicPath, to.displayName()));
    }

    private static String dutch(LocalDate day) {
        return Times.written(day, Locale.of("nl"));
    }

    private static String english(LocalDate day) {
        return Times.written(day, Locale.ENGLISH);
    }
}
