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
        jdbc.sql("insert into outbox_mail (recipient, subject, body) values (?, ?, ?)")
                .params(recipient, subject, body).update();
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

    /** Sends what is waiting; returns how many were sent. */
    public synchronized int sendPending() {
        JavaMailSender mail = sender.getIfAvailable();
        List<Pending> pending = jdbc.sql("""
                        select id, recipient, subject, body from outbox_mail
                        where sent_at is null and attempts < ? and next_attempt_at <= now() order by id limit 100""")
                .param(MAX_ATTEMPTS)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        if (mail == null) {
            pending.forEach(p -> log.info("No SMTP configured; e-mail to {} kept in outbox: {}", p.recipient(),
                    p.subject()));
            return 0;
        }
        int sent = 0;
        for (Pending p : pending) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(p.recipient());
                message.setSubject(p.subject());
                message.setText(p.body());
                mail.send(message);
                jdbc.sql("update outbox_mail set sent_at = now(), attempts = attempts + 1 where id = ?")
                        .param(p.id()).update();
                sent++;
            } catch (RuntimeException e) {
                log.warn("Could not send e-mail {} to {}: {}", p.id(), p.recipient(), e.getMessage());
                // back off: 1, 2, 4 … minutes between attempts
                jdbc.sql("""
                                update outbox_mail set attempts = attempts + 1, last_error = ?,
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
