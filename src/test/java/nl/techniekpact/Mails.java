package nl.techniekpact;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.system.MailOutbox;

/**
 * The e-mails a test waits for, as they arrive over real SMTP in GreenMail: the outbox is asked to send what
 * waits, and the inbox is read until a message to the address with the subject has come (30 s at most).
 */
public final class Mails {

    private final GreenMailExtension greenMail;
    private final MailOutbox outbox;

    public Mails(GreenMailExtension greenMail, MailOutbox outbox) {
        this.greenMail = greenMail;
        this.outbox = outbox;
    }

    /** Every message so far to {@code recipient} whose subject starts with {@code subject}, waiting for one. */
    public List<MimeMessage> to(String recipient, String subject) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            outbox.sendPending();
            greenMail.waitForIncomingEmail(1_000, 1);
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (recipientOf(m).equals(recipient) && subjectOf(m).startsWith(subject)) {
                    found.add(m);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        throw new AssertionError("no e-mail '" + subject + "' for " + recipient);
    }

    /** The text of the newest such message. */
    public String text(String recipient, String subject) {
        List<MimeMessage> all = to(recipient, subject);
        return body(all.get(all.size() - 1));
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
