package nl.techniekpact.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail through an outbox: messages are stored in the transaction of the change that causes them (so a
 * rolled-back change sends nothing) and sent over SMTP after commit; failures are retried with back-off
 * (1, 2, 4 … minutes, at most 10 attempts).
 * Without a configured SMTP host ({@code spring.mail.host}) messages stay in the outbox and are logged.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int MAX_ATTEMPTS = 10;
    private static final String CLAIM = "2 minutes";
    /** What a sent message with a personal link keeps as its body. */
    public static final String REDACTED = "(verzonden; de persoonlijke link is niet bewaard / sent; the personal link is not kept)";

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final MailProperties properties;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
               org.springframework.context.ApplicationEventPublisher events, MailProperties properties) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.events = events;
        this.properties = properties;
    }

    public record Queued() {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        store(recipient, subject, body, false);
    }

    /**
     * A message with a personal link in it (a new password, a sign-in confirmation): once sent, its body in the
     * outbox is replaced by {@link #REDACTED}, so the link is not kept in plain text.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueWithSecret(String recipient, String subject, String body) {
        store(recipient, subject, body, true);
    }

    private void store(String recipient, String subject, String body, boolean redact) {
        jdbc.sql("insert into outbox_mail (recipient, subject, body, redact_after_send) values (?, ?, ?, ?)")
                .params(recipient, subject, body, redact).update();
        events.publishEvent(new Queued());
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(Queued queued) {
        sendPending();
    }

    @Scheduled(fixedDelayString = "${techniekpact.mail.retry-interval:PT1M}")
    void retry() {
        sendPending();
    }

    /**
     * Sends what is waiting; returns how many were sent. Several instances may call this at once: each claims
     * the rows it sends ({@code for update skip locked}, claimed for {@link #CLAIM}), so a message goes out once;
     * a claim of an instance that died before marking its message sent runs out and the message is sent again
     * (at least once, never lost).
     */
    public synchronized int sendPending() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            jdbc.sql("""
                            select recipient, subject from outbox_mail
                            where sent_at is null and attempts < ? and next_attempt_at <= now() order by id limit 100""")
                    .param(MAX_ATTEMPTS)
                    .query((rs, n) -> {
                        log.info("No SMTP configured; e-mail to {} kept in outbox: {}", rs.getString(1), rs.getString(2));
                        return null;
                    }).list();
            return 0;
        }
        List<Pending> pending = jdbc.sql("""
                        update outbox_mail set claimed_until = now() + cast(? as interval)
                         where id in (select id from outbox_mail
                                       where sent_at is null and attempts < ? and next_attempt_at <= now()
                                         and (claimed_until is null or claimed_until < now())
                                       order by id limit 100 for update skip locked)
                        returning id, recipient, subject, body""")
                .params(CLAIM, MAX_ATTEMPTS)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().stream().sorted(java.util.Comparator.comparingLong(Pending::id)).toList();
        int sent = 0;
        for (Pending p : pending) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(p.recipient());
                message.setSubject(p.subject());
                message.setText(p.body());
                mail.send(message);
                jdbc.sql("""
                                update outbox_mail set sent_at = now(), attempts = attempts + 1, claimed_until = null,
                                       body = case when redact_after_send then ? else body end
                                 where id = ?""")
                        .params(REDACTED, p.id()).update();
                sent++;
            } catch (RuntimeException e) {
                log.warn("Could not send e-mail {} to {}: {}", p.id(), p.recipient(), e.getMessage());
                // back off: 1, 2, 4 … minutes between attempts
                jdbc.sql("""
                                update outbox_mail set attempts = attempts + 1, last_error = ?, claimed_until = null,
                                  next_attempt_at = now() + make_interval(mins => cast(power(2, attempts) as int))
                                where id = ?""")
                        .params(String.valueOf(e.getMessage()), p.id()).update();
            }
        }
        return sent;
    }

    private record Pending(long id, String recipient, String subject, String body) {
    }
}
