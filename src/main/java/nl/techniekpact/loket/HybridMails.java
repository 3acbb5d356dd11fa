package nl.techniekpact.loket;

import java.util.Locale;
import java.util.Set;

import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails of hybrid-teacher introductions, in Dutch and English in one message (as the Loket's others). */
@Component
class HybridMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MailOutbox outbox;
    private final MailProperties properties;
    private final MessageSource messages;

    HybridMails(MailOutbox outbox, MailProperties properties, MessageSource messages) {
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
    }

    /** To the professional and their company contact: a school asks to be introduced. No contact details. */
    void asked(Set<String> recipients, HybridVacancies.Vacancy vacancy, HybridMatches.Fit fit, String company,
               String message) {
        String link = properties.baseUrl() + "/loket/mijn/hybride";
        String note = message == null ? "" : "\n" + message + "\n";
        String body = """
                Goedendag,

                %s in %s zoekt een hybride docent voor %s (%s), %d uur per week, en vraagt om een kennismaking
                met een professional van %s die erbij past (%d van de %d uur).
                %s
                De school krijgt de contactgegevens pas als de professional of de contactpersoon van %s het
                verzoek accepteert in Mijn Loket:

                %s

                --
                %s in %s is looking for a hybrid teacher for %s (%s), %d hours a week, and asks to be introduced to
                a professional of %s who fits (%d of the %d hours). The school gets the contact details only once
                the professional or the contact person of %s accepts the request in My Loket (link above).
                """.formatted(vacancy.schoolName(), vacancy.schoolPlace(), subject(vacancy, DUTCH),
                level(vacancy, DUTCH), vacancy.hoursPerWeek(), company, fit.hoursOffered(), vacancy.hoursPerWeek(),
                note, company, link, vacancy.schoolName(), vacancy.schoolPlace(), subject(vacancy, Locale.ENGLISH),
                level(vacancy, Locale.ENGLISH), vacancy.hoursPerWeek(), company, fit.hoursOffered(),
                vacancy.hoursPerWeek(), company);
        for (String recipient : recipients) {
            outbox.enqueue(recipient, "Techniekpact Loket: een school vraagt om een kennismaking / a school asks "
                    + "for an introduction", body);
        }
    }

    /** To the school's contact who asked (with the professional's details) and to the professional. */
    void accepted(HybridIntroductions.Contact school, HybridIntroductions.Contact professional, String vacancyTitle,
                  String schoolName, String company) {
        outbox.enqueue(school.email(), "Techniekpact Loket: kennismaking geaccepteerd / introduction accepted", """
                Beste %s,

                De kennismaking voor "%s" is geaccepteerd. De hybride docent (%s):

                %s

                --
                The introduction for "%s" was accepted. The hybrid teacher (%s): see above.
                """.formatted(school.name(), vacancyTitle, company, details(professional), vacancyTitle, company));
        outbox.enqueue(professional.email(), "Techniekpact Loket: kennismaking geaccepteerd / introduction accepted",
                """
                Beste %s,

                U heeft de kennismaking met %s voor "%s" geaccepteerd. Uw contactpersoon op de school:

                %s

                --
                You accepted the introduction to %s for "%s". Your contact person at the school: see above.
                """.formatted(professional.name(), schoolName, vacancyTitle, details(school), schoolName,
                        vacancyTitle));
    }

    private static String details(HybridIntroductions.Contact contact) {
        return contact.name() + "\n" + contact.email() + (contact.phone() == null ? "" : "\n" + contact.phone());
    }

    private String subject(HybridVacancies.Vacancy vacancy, Locale locale) {
        return messages.getMessage("loket.subject." + vacancy.subject(), null, vacancy.subject(), locale);
    }

    private String level(HybridVacancies.Vacancy vacancy, Locale locale) {
        return messages.getMessage("loket.level." + vacancy.level().name(), null, vacancy.level().name(), locale);
    }
}
