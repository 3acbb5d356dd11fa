package nl.techniekpact.loket;

import static nl.techniekpact.loket.HybridFixtures.createdId;
import static nl.techniekpact.loket.HybridFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school asks to be introduced to a fitting professional: the professional and the company contact who keeps
 * the profile get a bilingual e-mail (through GreenMail) without the school seeing any contact details; the
 * company accepts, and the school's contact gets the professional's details by e-mail and on its pages. Asking
 * twice, or deciding twice, is refused and changes nothing.
 */
@PlatformIntegrationTest
class HybridIntroductionIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    MailOutbox outbox;

    @Test
    void theSchoolAsksTheCompanyAcceptsAndOnlyThenTheContactDetailsAreShared() throws Exception {
        HybridFixtures fixtures = new HybridFixtures(jdbc, users, port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HybridFixtures.Party company = fixtures.company("Installatietechniek " + suffix, "3511 AB", "CONFIRMED");
        String professional = "hybride-" + suffix + "@installatie.example";
        long profile = createdId(post(company.session(), "/loket/mijn/hybride/profielen/nieuw",
                HybridFixtures.profile("Ilse Installateur", professional, "6", "WEDNESDAY")));
        HybridFixtures.Party school = fixtures.school("07KN00", "CONFIRMED");
        long vacancy = createdId(post(school.session(), "/loket/mijn/hybride/vacatures/nieuw",
                HybridFixtures.vacancy("Installeren in groep 7 " + suffix, "4", "", "WEDNESDAY")));
        String matches = "/loket/mijn/hybride/vacatures/" + vacancy + "/matches";
        assertThat(school.session().get(matches).body()).contains("Installatietechniek " + suffix,
                "4 van de 4 uur per week").doesNotContain(professional, "Ilse Installateur");

        HttpResponse<String> asked = school.session().post(matches.replace("/matches", "/introducties"),
                Map.of("profile", String.valueOf(profile), "message", "Wij zoeken iemand voor woensdagochtend."));
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/matches?asked");
        String afterAsking = school.session().get(matches).body();
        assertThat(afterAsking).contains("Gevraagd; wacht op antwoord van de professional.")
                .doesNotContain(professional, "Ilse Installateur");

        List<MimeMessage> askMails = List.of(mailTo(professional, "vraagt om een kennismaking"),
                mailTo(company.user().email(), "vraagt om een kennismaking"));
        assertThat(askMails).allSatisfy(mail -> {
            String body = content(mail);
            assertThat(subject(mail)).contains("een school vraagt om een kennismaking", "a school asks for an introduction");
            assertThat(body).contains("Basisschool Agatha Snellen", "Wij zoeken iemand voor woensdagochtend.",
                    "/loket/mijn/hybride", "asks to be introduced", "(4 van de 4 uur)")
                    .doesNotContain(school.user().email());
        });

        HttpResponse<String> again = school.session().post(matches.replace("/matches", "/introducties"),
                Map.of("profile", String.valueOf(profile), "message", ""));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("U heeft al om een kennismaking met deze professional gevraagd.");
        assertThat(jdbc.sql("select count(*) from loket_hybrid_introduction where vacancy_id = ?").param(vacancy)
                .query(Integer.class).single()).isEqualTo(1);

        long introduction = jdbc.sql("select id from loket_hybrid_introduction where vacancy_id = ?").param(vacancy)
                .query(Long.class).single();
        String companyPage = company.session().get("/loket/mijn/hybride").body();
        assertThat(companyPage).contains("Installeren in groep 7 " + suffix, "Voor: Ilse Installateur",
                "Accepteren en contactgegevens delen").doesNotContain(school.user().email());
        HttpResponse<String> accepted = company.session().post("/loket/mijn/hybride/introducties/" + introduction,
                Map.of("decision", "accept", "version", "0"));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/loket/mijn/hybride?accepted");

        MimeMessage toSchool = mailTo(school.user().email(), "geaccepteerd");
        assertThat(toSchool.getSubject()).contains("kennismaking geaccepteerd", "introduction accepted");
        assertThat(content(toSchool)).contains("Ilse Installateur", professional, "06 1234 5678",
                "Installeren in groep 7 " + suffix, "The introduction for");
        MimeMessage toProfessional = mailTo(professional, "geaccepteerd");
        assertThat(content(toProfessional)).contains(school.user().email(), "Basisschool Agatha Snellen");

        assertThat(school.session().get(matches).body()).contains("Geaccepteerd: de contactgegevens zijn gedeeld.",
                "Ilse Installateur", "mailto:" + professional);
        assertThat(school.session().get("/loket/mijn/hybride").body()).contains("Ilse Installateur", professional);
        assertThat(company.session().get("/loket/mijn/hybride").body()).contains(school.user().email());

        HttpResponse<String> twice = company.session().post("/loket/mijn/hybride/introducties/" + introduction,
                Map.of("decision", "decline", "version", "1"));
        assertThat(twice.headers().firstValue("Location").orElse("")).endsWith("?decided");
        assertThat(jdbc.sql("select state from loket_hybrid_introduction where id = ?").param(introduction)
                .query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where entity_type = 'loket_hybrid_introduction' and entity_id = ?""")
                .param(String.valueOf(introduction)).query(Integer.class).single()).isEqualTo(2);
    }

    /** Sends what waits in the outbox and waits for the message to {@code recipient} whose subject has {@code part}. */
    private MimeMessage mailTo(String recipient, String part) throws Exception {
        for (int round = 0; round < 50; round++) {
            outbox.sendPending();
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(recipient) && subject(message).contains(part)) {
                    return message;
                }
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + recipient + " about " + part);
    }

    private static String content(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
