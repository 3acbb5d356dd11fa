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
    /** The newest waiting message already mentioned in the log (without SMTP). */
    private long lastAnnounced;

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
            // said once for each new message, not every minute: the office reads them at /office/outbox
            var waiting = jdbc.sql("select count(*), coalesce(max(id), 0) from outbox_mail where sent_at is null")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            if (waiting[1] > lastAnnounced) {
                lastAnnounced = waiting[1];
                log.info("No SMTP configured (spring.mail.host): {} e-mail(s) wait in the outbox; the programme office "
                        + "reads them at /office/outbox", waiting[0]);
            }
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

    /**
     * Links in e-mails use the configured public address; one that still points at this machine is a mistake
     * once e-mail really leaves the platform (an SMTP server is configured), so the start says so loudly.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkPublicAddress() {
        if (pointsAtThisMachine(properties.baseUrl()) && smtpConfigured()) {
            log.warn("E-mails are sent, but their links point at {} (techniekpact.mail.base-url / "
                    + "TECHNIEKPACT_MAIL_BASE_URL is not set to the platform's public address): recipients cannot open "
                    + "them", properties.baseUrl());
        }
    }

    /** Whether the address is this machine (localhost, 127.x, ::1): fine for development, wrong in e-mails. */
    public static boolean pointsAtThisMachine(String baseUrl) {
        try {
            String host = java.net.URI.create(baseUrl).getHost();
            return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.")
                    || host.equals("[::1]") || host.equals("::1");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The public address links in e-mails start with. */
    public String publicAddress() {
        return properties.baseUrl();
    }

    /** Whether messages leave the platform (an SMTP server is configured) or wait in the outbox. */
    public boolean smtpConfigured() {
        return sender.getIfAvailable() != null;
    }

    /** A message as the office's outbox page shows it; a personal link in a message not yet sent is masked. */
    public record Message(long id, String recipient, String subject, String body, java.time.OffsetDateTime createdAt,
                          java.time.OffsetDateTime sentAt, int attempts, String lastError, boolean personalLink,
                          boolean gaveUp) {
    }

    /** One page of the outbox, newest first. */
    public record MessagePage(List<Message> messages, int page, int pages, int total) {
    }

    /** What part of the outbox to list. */
    public enum Showing { ALL, WAITING, SENT, FAILED }

    private static final java.util.regex.Pattern LINK_WITH_SECRET =
            java.util.regex.Pattern.compile("https?://\\S*[?&]token=\\S+");
    /** What stands in the place of a personal link on the outbox page. */
    public static final String MASKED_LINK = "[persoonlijke link / personal link]";

    public MessagePage messages(Showing showing, int page, int size) {
        String where = switch (showing) {
            case ALL -> "true";
            case WAITING -> "sent_at is null and attempts < " + MAX_ATTEMPTS;
            case SENT -> "sent_at is not null";
            case FAILED -> "sent_at is null and (attempts >= " + MAX_ATTEMPTS + " or last_error is not null)";
        };
        int total = jdbc.sql("select count(*) from outbox_mail where " + where).query(Integer.class).single();
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        List<Message> messages = jdbc.sql("""
                        select id, recipient, subject, body, created_at, sent_at, attempts, last_error, redact_after_send
                        from outbox_mail where %s order by id desc limit ? offset ?""".formatted(where))
                .params(size, (current - 1) * size)
                .query((rs, n) -> {
                    boolean personal = rs.getBoolean("redact_after_send");
                    var sentAt = rs.getObject("sent_at", java.time.OffsetDateTime.class);
                    String body = rs.getString("body");
                    return new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                            personal && sentAt == null ? LINK_WITH_SECRET.matcher(body).replaceAll(MASKED_LINK) : body,
                            rs.getObject("created_at", java.time.OffsetDateTime.class), sentAt, rs.getInt("attempts"),
                            rs.getString("last_error"), personal, sentAt == null && rs.getInt("attempts") >= MAX_ATTEMPTS);
                })
                .list();
        return new MessagePage(messages, current, pages, total);
    }

    /**
     * The whole text of a message with a personal link that has not been sent (no SMTP server is configured, or
     * sending keeps failing), so the office can hand the link to its person another way; empty for any other
     * message (a sent one no longer holds its link).
     */
    public java.util.Optional<Message> waitingPersonalMessage(long id) {
        return jdbc.sql("""
                        select id, recipient, subject, body, created_at, attempts, last_error from outbox_mail
                        where id = ? and sent_at is null and redact_after_send""")
                .param(id)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getObject("created_at", java.time.OffsetDateTime.class), null,
                        rs.getInt("attempts"), rs.getString("last_error"), true, false))
                .optional();
    }
}
