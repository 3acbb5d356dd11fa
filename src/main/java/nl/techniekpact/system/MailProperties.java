package nl.techniekpact.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings of the platform (the SMTP server itself is configured with Spring's {@code spring.mail.*},
 * e.g. {@code SPRING_MAIL_HOST}).
 *
 * @param from    sender address
 * @param baseUrl public address of the platform, used in links in e-mails
 */
@ConfigurationProperties("techniekpact.mail")
public record MailProperties(@DefaultValue("techniekpact@localhost") String from,
                             @DefaultValue("http://localhost:8080") String baseUrl) {
}
