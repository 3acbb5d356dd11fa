package nl.techniekpact.accounts.internal;

import java.util.Map;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.system.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office shows an unsent message with a personal link in full (no mail server, or sending keeps failing) to hand
 * the link to its person another way; who saw which message's link is recorded in the audit log.
 */
@Service
public class PersonalLinks {

    private final MailOutbox outbox;
    private final Audit audit;

    PersonalLinks(MailOutbox outbox, Audit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Optional<MailOutbox.Message> show(CurrentUser actor, long messageId) {
        if (actor == null || !actor.is(Role.OFFICE)) {
            throw new Forbidden("read personal links");
        }
        var message = outbox.waitingPersonalMessage(messageId);
        message.ifPresent(m -> audit.record(actor.actor(), "mail.personalLinkShown", "mail", Long.toString(messageId),
                null, Map.of("recipient", m.recipient(), "subject", m.subject())));
        return message;
    }
}
