package nl.techniekpact.loket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import nl.techniekpact.loket.Activities.Activity;
import nl.techniekpact.loket.Activities.Side;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the activity workflow, in Dutch and then English (like every Loket e-mail), to the confirmed
 * members of the sides concerned, through the outbox (so in the step's transaction), with a link to the activity's
 * page. They never carry contact details: those are on the page, for signed-in members only.
 */
@Component
class ActivityMails {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * A step and its texts. {@code %1$s} the other side's name, {@code %2$s} the activity's title, {@code %3$s} its
     * date, {@code %4$s} the decline reason.
     */
    enum Event {
        PROPOSED("nieuw voorstel", "new proposal",
                "%1$s stelt een activiteit voor bij \"%2$s\". Neem het voorstel aan (met een datum) of wijs het af;"
                        + " zonder antwoord vervalt het na 14 dagen.",
                "%1$s proposes an activity for \"%2$s\". Accept it (with a date) or decline it; without an answer it"
                        + " expires after 14 days."),
        INTRODUCED("u bent aan elkaar voorgesteld", "you have been introduced",
                "De activiteit \"%2$s\" met %1$s is afgesproken op %3$s. U ziet nu elkaars contactgegevens op de"
                        + " pagina van de activiteit.",
                "The activity \"%2$s\" with %1$s is agreed for %3$s. You can now see each other's contact details on"
                        + " the activity's page."),
        DECLINED("voorstel afgewezen", "proposal declined",
                "%1$s heeft uw voorstel voor \"%2$s\" afgewezen. De reden: %4$s",
                "%1$s declined your proposal for \"%2$s\". The reason: %4$s"),
        WITHDRAWN("activiteit ingetrokken", "activity withdrawn",
                "%1$s heeft de activiteit \"%2$s\" ingetrokken.",
                "%1$s withdrew the activity \"%2$s\"."),
        RESCHEDULED("nieuwe datum", "new date",
                "%1$s heeft de datum van \"%2$s\" verzet naar %3$s.",
                "%1$s moved the date of \"%2$s\" to %3$s."),
        HELD("activiteit gehouden", "activity held",
                "%1$s meldt dat \"%2$s\" is gehouden. Hoe ging het? Geef uw beoordeling op de pagina van de activiteit.",
                "%1$s reports that \"%2$s\" was held. How did it go? Give your feedback on the activity's page."),
        FEEDBACK("beoordeling gegeven", "feedback given",
                "%1$s heeft \"%2$s\" beoordeeld. Geeft u ook uw beoordeling?",
                "%1$s gave feedback on \"%2$s\". Will you give yours too?"),
        FEEDBACK_CLOSED("activiteit afgerond", "activity closed",
                "%1$s heeft \"%2$s\" ook beoordeeld; de activiteit is afgerond. Dank u wel!",
                "%1$s gave feedback on \"%2$s\" too; the activity is closed. Thank you!"),
        CLOSED("activiteit afgerond", "activity closed",
                "De activiteit \"%2$s\" met %1$s is 30 dagen na afloop afgerond.",
                "The activity \"%2$s\" with %1$s was closed 30 days after it was held."),
        EXPIRED("voorstel vervallen", "proposal expired",
                "Het voorstel voor \"%2$s\" (met %1$s) is vervallen: het is niet op tijd aangenomen.",
                "The proposal for \"%2$s\" (with %1$s) expired: it was not accepted in time."),
        REMIND_BEFORE("herinnering: %3$s", "reminder: %3$s",
                "Op %3$s is de activiteit \"%2$s\" met %1$s.",
                "The activity \"%2$s\" with %1$s is on %3$s."),
        REMIND_FEEDBACK("hoe ging het?", "how did it go?",
                "De activiteit \"%2$s\" met %1$s is gehouden. Geef uw beoordeling (1 tot 5) op de pagina van de"
                        + " activiteit.",
                "The activity \"%2$s\" with %1$s was held. Give your feedback (1 to 5) on the activity's page.");

        final String dutchSubject;
        final String englishSubject;
        final String dutch;
        final String english;

        Event(String dutchSubject, String englishSubject, String dutch, String english) {
            this.dutchSubject = dutchSubject;
            this.englishSubject = englishSubject;
            this.dutch = dutch;
            this.english = english;
        }
    }

    private final Members members;
    private final MailOutbox mail;
    private final MailProperties properties;

    ActivityMails(Members members, MailOutbox mail, MailProperties properties) {
        this.members = members;
        this.mail = mail;
        this.properties = properties;
    }

    /** E-mails every confirmed member of each side in {@code to} about the step. */
    void send(Event event, Activity a, Set<Side> to) {
        for (Side side : to) {
            var recipients = side == Side.SCHOOL ? members.ofSchool(a.schoolId()) : members.ofCompany(a.companyId());
            String other = a.partyName(side.other());
            for (Members.Member member : recipients) {
                mail.enqueue(member.email(), subject(event, a), body(event, a, other, member.name()));
            }
        }
    }

    String subject(Event event, Activity a) {
        return "Techniekpact Loket: " + event.dutchSubject.formatted("", "", date(a.plannedOn(), DUTCH)) + " / "
                + event.englishSubject.formatted("", "", date(a.plannedOn(), ENGLISH));
    }

    String body(Event event, Activity a, String other, String name) {
        String link = properties.baseUrl() + "/loket/mijn/activiteiten/" + a.id();
        String reason = a.declineReason() == null ? "" : a.declineReason();
        return """
                Beste %s,

                %s

                %s

                --
                %s

                %s
                """.formatted(name, event.dutch.formatted(other, a.listingTitle(), date(a.plannedOn(), DUTCH), reason),
                link, event.english.formatted(other, a.listingTitle(), date(a.plannedOn(), ENGLISH), reason), link);
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "—" : format.format(date);
    }
}
