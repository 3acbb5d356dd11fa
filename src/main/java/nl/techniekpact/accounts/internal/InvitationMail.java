package nl.techniekpact.accounts.internal;

import nl.techniekpact.accounts.CurrentUser;

/** The invitation e-mail: in Dutch, with the same in English below it; the person by name, the date written out. */
final class InvitationMail {

    private InvitationMail() {
    }

    static String body(CurrentUser person, String invitedBy, String link, String validUntilDutch,
                       String validUntilEnglish) {
        String[] purpose = switch (person.role()) {
            case OWNER -> new String[] {
                    "Met dit account rapporteert u over de acties van het Techniekpact waarvoor " + person.organisationName()
                            + " verantwoordelijk is.",
                    "With it you report on the pact's actions " + person.organisationName() + " is responsible for."};
            case COORDINATOR -> new String[] {
                    "Met dit account rapporteert u over de voortgang in uw regio (" + person.organisationName() + ").",
                    "With it you report on the progress in your region (" + person.organisationName() + ")."};
            case OFFICE -> new String[] {
                    "Met dit account werkt u voor het programmabureau: rapportagerondes, accounts en publicaties.",
                    "With it you work for the programme office: reporting rounds, accounts and publications."};
            case READER -> new String[] {
                    "Met dit account leest u de rapportages en gegevens die alleen voor partners zijn.",
                    "With it you read the reports and data that are for partners only."};
        };
        return """
                Beste %1$s,

                %2$s van het programmabureau van het Techniekpact heeft een account voor u aangemaakt op het
                Techniekpact-platform, voor %3$s. %4$s

                Kies via deze link uw eigen wachtwoord:

                %5$s

                De link werkt één keer en is geldig tot en met %6$s. Daarna logt u in met uw e-mailadres %7$s.

                Verwachtte u deze e-mail niet? Dan kunt u hem negeren: zonder wachtwoord kan niemand het account
                gebruiken.

                --
                Dear %1$s, %2$s of the Techniekpact programme office created an account for you on the Techniekpact platform, for %3$s. %8$s Use the link
                above to choose your own password; it works once and is valid until %9$s. Then sign in with your
                e-mail address %7$s. If you did not expect this e-mail, ignore it: without a password nobody can use
                the account.
                """.formatted(person.displayName(), invitedBy, person.organisationName(), purpose[0], link,
                validUntilDutch, person.email(), purpose[1], validUntilEnglish);
    }
}
