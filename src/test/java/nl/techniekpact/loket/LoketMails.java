package nl.techniekpact.loket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.system.MailOutbox;
import org.awaitility.Awaitility;

/** The e-mails GreenMail received, by recipient and subject; sends the outbox first (no waiting on a timer). */
final class LoketMails {

    /** One received e-mail. */
    record Mail(String to, String subject, String body) {
    }

    private final GreenMailExtension greenMail;
    private final MailOutbox outbox;

    LoketMails(GreenMailExtension greenMail, MailOutbox outbox) {
        this.greenMail = greenMail;
        this.outbox = outbox;
    }

    /** Waits (at most 20 s) until an e-mail to {@code to} whose subject contains {@code subject} has arrived. */
    Mail await(String to, String subject) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    outbox.sendPending();
                    return to(to).stream().filter(m -> m.subject().contains(subject)).findFirst().orElse(null);
                }, java.util.Objects::nonNull);
    }

    /** Every e-mail to {@code to} so far, after sending what is waiting in the outbox. */
    List<Mail> to(String to) {
        outbox.sendPending();
        List<Mail> mails = new ArrayList<>();
        try {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to)) {
                    mails.add(new Mail(to, message.getSubject(), String.valueOf(message.getContent())));
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    /** How many e-mails to {@code to} have a subject containing {@code subject}. */
    long count(String to, String subject) {
        return to(to).stream().filter(m -> m.subject().contains(subject)).count();
    }

    private static final java.util.regex.Pattern CONFIRMATION =
            java.util.regex.Pattern.compile("/loket/bevestigen\\?token=([A-Za-z0-9_-]+)");

    /** The token of the confirmation e-mail sent to {@code email}. */
    static String confirmationToken(MailOutbox outbox, GreenMailExtension greenMail, String email) {
        java.util.regex.Matcher m = CONFIRMATION.matcher(new LoketMails(greenMail, outbox)
                .await(email, "bevestig uw e-mailadres").body());
        if (!m.find()) {
            throw new AssertionError("no confirmation link in the e-mail to " + email);
        }
        return m.group(1);
    }
}
