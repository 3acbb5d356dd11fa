package nl.techniekpact.loket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.system.MailOutbox;

/** Reads the Loket's confirmation links out of the e-mails GreenMail received. */
final class LoketMails {

    private static final Pattern LINK = Pattern.compile("/loket/bevestigen\\?token=([A-Za-z0-9_-]+)");

    private LoketMails() {
    }

    /** The token of the confirmation e-mail sent to {@code email} (sending what the outbox holds first). */
    static String confirmationToken(MailOutbox outbox, GreenMailExtension greenMail, String email) throws Exception {
        outbox.sendPending();
        greenMail.waitForIncomingEmail(5_000, 1);
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                Matcher m = LINK.matcher(String.valueOf(message.getContent()));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no confirmation e-mail to " + email);
    }
}
