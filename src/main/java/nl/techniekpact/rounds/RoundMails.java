package nl.techniekpact.rounds;

import java.util.List;
import java.util.UUID;

import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who is asked to report on a task, and the e-mails of a round (in Dutch, with an English line). */
@Component
class RoundMails {

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final MailProperties properties;

    RoundMails(JdbcClient jdbc, MailOutbox outbox, MailProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** The owners of the task's action, or the coordinators of its region. */
    List<String> reporters(UUID taskId) {
        return jdbc.sql("""
                        select distinct u.email from round_task t
                        join app_user u on u.enabled
                        join organisation o on o.id = u.organisation_id
                        where t.id = ? and (
                          (t.action_id is not null and u.role = 'OWNER'
                             and o.partner_id in (select partner_id from owner where item_id = t.action_id))
                          or (t.region_code is not null and u.role = 'COORDINATOR' and o.region_code = t.region_code))
                        order by 1""")
                .param(taskId).query(String.class).list();
    }

    void roundOpened(UUID taskId, String roundName, java.time.LocalDate deadline, String subject) {
        for (String to : reporters(taskId)) {
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

    void reminder(UUID taskId, String roundName, java.time.LocalDate deadline, String subject) {
        for (String to : reporters(taskId)) {
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
