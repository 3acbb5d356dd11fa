package nl.techniekpact.accounts.internal;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL (V022). Spring Session writes a session's last access time after every request of
 * a signed-in user: an UPDATE and a commit (a WAL flush) for each page view, which made the database the limit of
 * signed-in pages (issue 14). This statement takes the same parameters in the same order but writes only when
 * something else changed (a new session id at sign-in, the principal, the timeout) or the stored access time is
 * {@link #ACCESS_WRITE_INTERVAL_MS} or more behind. The cost: a session may end up to a minute before its
 * inactivity timeout after its last request; nothing else differs. {@link QuietSessions} does not even send that
 * statement when the session it saves was read less than a minute ago and nothing else changed.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    static final long ACCESS_WRITE_INTERVAL_MS = 60_000;

    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR(100))))
                 AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME)
            WHERE S.PRIMARY_ID = ?
              AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= ACCESS_WRITE_INTERVAL)
            """.replace("ACCESS_WRITE_INTERVAL", Long.toString(ACCESS_WRITE_INTERVAL_MS));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> fewerSessionWrites() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
    }

    /** The session filter and the password resets get the JDBC repository through {@link QuietSessions}. */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository repository) {
                    return new QuietSessions((FindByIndexNameSessionRepository<Session>) (Object) repository,
                            Duration.ofMillis(ACCESS_WRITE_INTERVAL_MS));
                }
                return bean;
            }
        };
    }

    /** Just outside the session filter: what a request saved is what it reads back (see {@link QuietSessions}). */
    @Bean
    FilterRegistrationBean<QuietSessions.RequestScope> quietSessionsRequestScope() {
        FilterRegistrationBean<QuietSessions.RequestScope> registration =
                new FilterRegistrationBean<>(new QuietSessions.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
